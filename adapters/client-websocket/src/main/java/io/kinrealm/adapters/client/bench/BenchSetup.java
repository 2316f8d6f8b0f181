package io.kinrealm.adapters.client.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the run's players over REST: ceil(N/8) accounts, each logged in once and given up to 8 characters, a
 * bounded number of requests at a time.
 */
final class BenchSetup {
    static final String RATE_LIMIT_ADVICE = "The server answered 429 rate_limited while setting up the bench's "
            + "accounts. Restart it with raised limits, for example KINREALM_RATE_LIMIT_AUTH=100000/1m "
            + "KINREALM_RATE_LIMIT_API=100000/1m (and KINREALM_BCRYPT_COST=4 for a quick setup).";
    private static final Logger LOG = LoggerFactory.getLogger(BenchSetup.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "bench-password-1";
    private static final int PARALLEL_ACCOUNTS = 16;
    private static final List<String> CIVILIZATIONS = List.of("solari", "nocteri", "terran", "sylvan", "ferric",
            "abyssal", "aetheri", "drakari", "umbral");

    private final String base;
    private final String runId;
    private final HttpClient http;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicBoolean failed = new AtomicBoolean();

    BenchSetup(URI base, String runId, ExecutorService executor) {
        String text = base.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.runId = runId;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** One identity per client, in client order. */
    List<Identity> create(int clients) throws InterruptedException {
        Identity[] identities = new Identity[clients];
        Semaphore permits = new Semaphore(PARALLEL_ACCOUNTS);
        List<Future<?>> accounts = new ArrayList<>();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int account = 0; account < BenchNames.accounts(clients) && !failed.get(); account++) {
                int current = account;
                permits.acquire();
                accounts.add(workers.submit(() -> {
                    try {
                        account(current, clients, identities);
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (Future<?> account : accounts) {
                waitFor(account);
            }
        }
        return Arrays.asList(identities);
    }

    private void account(int account, int clients, Identity[] identities) {
        ObjectNode credentials = JSON.createObjectNode().put("username", BenchNames.username(runId, account))
                .put("password", PASSWORD);
        post("/api/v1/auth/register", credentials, null, 201);
        String token = post("/api/v1/auth/login", credentials, null, 200).path("accessToken").asText();
        int first = account * BenchNames.CHARACTERS_PER_ACCOUNT;
        for (int client = first; client < Math.min(clients, first + BenchNames.CHARACTERS_PER_ACCOUNT); client++) {
            ObjectNode character = JSON.createObjectNode().put("name", BenchNames.characterName(runId, client))
                    .put("civilization", CIVILIZATIONS.get(client % CIVILIZATIONS.size()));
            JsonNode created = post("/api/v1/characters", character, token, 201);
            identities[client] = new Identity(token, created.path("character").path("id").asText(),
                    created.path("family").path("id").asText());
        }
        int accounts = done.incrementAndGet();
        if (accounts % 250 == 0) {
            LOG.info("{} accounts ready", accounts);
        }
    }

    private JsonNode post(String path, ObjectNode body, String token, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                throw new BenchFailure(RATE_LIMIT_ADVICE);
            }
            if (response.statusCode() != expected) {
                throw new BenchFailure("POST " + path + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new BenchFailure("POST " + base + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    private static void waitFor(Future<?> account) throws InterruptedException {
        try {
            account.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof BenchFailure failure ? failure
                    : new BenchFailure("Setup failed: " + e.getCause(), e.getCause());
        }
    }
}
