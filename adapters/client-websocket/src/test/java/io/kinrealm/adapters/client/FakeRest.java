package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few REST routes the load tool uses (register, login, create a character, whose reply names the family the
 * character heads), with the real rules that matter to it: character names of 3-16 letters, unique; at most 8
 * characters per account; 429 when told to refuse.
 */
public final class FakeRest {
    private final Set<String> usernames = ConcurrentHashMap.newKeySet();
    private final Set<String> names = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> characters = new ConcurrentHashMap<>();
    private volatile boolean rateLimited;

    public void routes(JavalinConfig cfg) {
        cfg.routes.post("/api/v1/auth/register", this::register);
        cfg.routes.post("/api/v1/auth/login", this::login);
        cfg.routes.post("/api/v1/characters", this::createCharacter);
    }

    public void refuseWith429() {
        rateLimited = true;
    }

    public int characterCount() {
        return names.size();
    }

    /** The id of the family a fake character heads. */
    public static String familyOf(String characterId) {
        return "fam-" + characterId;
    }

    private void register(Context ctx) throws Exception {
        JsonNode body = FakeChat.JSON.readTree(ctx.body());
        String username = body.path("username").asText();
        if (rateLimited) {
            ctx.status(429).result("{\"code\":\"rate_limited\"}");
        } else if (!usernames.add(username.toLowerCase())) {
            ctx.status(409).result("{\"code\":\"username_taken\"}");
        } else {
            ctx.status(201).result(FakeChat.JSON.createObjectNode().put("username", username).toString());
        }
    }

    private void login(Context ctx) throws Exception {
        String username = FakeChat.JSON.readTree(ctx.body()).path("username").asText();
        ctx.status(200).result(FakeChat.JSON.createObjectNode().put("accessToken", "tok-" + username).toString());
    }

    private void createCharacter(Context ctx) throws Exception {
        String account = String.valueOf(ctx.header("Authorization")).replace("Bearer ", "");
        String name = FakeChat.JSON.readTree(ctx.body()).path("name").asText();
        if (!name.matches("\\p{L}{3,16}")) {
            ctx.status(400).result("{\"code\":\"validation_failed\"}");
        } else if (characters.computeIfAbsent(account, key -> new AtomicInteger()).incrementAndGet() > 8) {
            ctx.status(409).result("{\"code\":\"character_limit_reached\"}");
        } else if (!names.add(name.toLowerCase())) {
            ctx.status(409).result("{\"code\":\"character_name_taken\"}");
        } else {
            String id = UUID.randomUUID().toString();
            ctx.status(201).result("{\"character\":{\"id\":\"" + id + "\",\"name\":\"" + name
                    + "\"},\"family\":{\"id\":\"" + familyOf(id) + "\"}}");
        }
    }
}
