package io.kinrealm.adapters.web.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.memory.InMemoryAccounts;
import io.kinrealm.adapters.memory.InMemoryAuditLog;
import io.kinrealm.adapters.memory.InMemoryCharacters;
import io.kinrealm.adapters.memory.InMemoryChatLog;
import io.kinrealm.adapters.memory.InMemoryDevotions;
import io.kinrealm.adapters.memory.InMemoryEventBus;
import io.kinrealm.adapters.memory.InMemoryFamilies;
import io.kinrealm.adapters.memory.InMemoryPositions;
import io.kinrealm.adapters.memory.InMemoryPresenceRegistry;
import io.kinrealm.adapters.memory.InMemoryRateLimiter;
import io.kinrealm.adapters.memory.InMemoryRefreshTokens;
import io.kinrealm.adapters.memory.InMemoryTongues;
import io.kinrealm.adapters.memory.RandomIds;
import io.kinrealm.adapters.memory.SystemClock;
import io.kinrealm.adapters.security.BcryptPasswordHasher;
import io.kinrealm.adapters.security.JwtTokenIssuer;
import io.kinrealm.adapters.security.RandomRefreshSecrets;
import io.kinrealm.adapters.web.HttpSettings;
import io.kinrealm.adapters.web.KinrealmHttpServer;
import io.kinrealm.adapters.web.WebFamilyUseCases;
import io.kinrealm.adapters.web.WebFixture;
import io.kinrealm.adapters.web.WebUseCases;
import io.kinrealm.application.KinrealmCore;
import io.kinrealm.application.account.SessionPolicy;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.chat.GameChannelAccess;
import io.kinrealm.application.family.FamilyStores;
import io.kinrealm.application.family.port.in.RecordDeedUseCase;
import io.kinrealm.application.family.port.in.TriggerInterventionUseCase;
import io.kinrealm.application.family.port.in.TriggerInterventionUseCase.TriggerIntervention;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.divine.DivineRules;
import io.kinrealm.domain.rules.RuleBook;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * A real Kinrealm server on a free port over a real core (in-memory adapters, the system clock, bcrypt cost 4, JWT),
 * whose event bus a test can make lossy, with helpers to make players over REST and open WebSocket clients.
 */
final class RealtimeFixture implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";
    private static final String SECRET = "a-test-secret-of-at-least-thirty-two-bytes";

    final LossyEventBus bus = new LossyEventBus(new InMemoryEventBus());
    final InMemoryDevotions devotions = new InMemoryDevotions();
    private final InMemoryFamilies families = new InMemoryFamilies();
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final KinrealmHttpServer server;
    private final RecordDeedUseCase deeds;
    private final TriggerInterventionUseCase interventions;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private RealtimeFixture(Knobs knobs) {
        KinrealmCore core = KinrealmCore.assemble(new KinrealmCore.Ports(new InMemoryAccounts(),
                        new InMemoryRefreshTokens(), new InMemoryCharacters(), new BcryptPasswordHasher(4),
                        new JwtTokenIssuer(SECRET, "kinrealm", "kinrealm-api"), new RandomRefreshSecrets(),
                        new InMemoryRateLimiter(), new SystemClock(), new RandomIds(), List.of(),
                        new InMemoryChatLog(), bus, new InMemoryPresenceRegistry(),
                        new GameChannelAccess(families, devotions, DivineRules.defaults()),
                new FamilyStores(families, devotions, new InMemoryTongues(), new InMemoryPositions()),
                new InMemoryAuditLog()),
                new KinrealmCore.Settings(RuleBook.defaults(),
                        new SessionPolicy(knobs.accessTokenLifetime, Duration.ofDays(1)), Map.of(),
                        new KinrealmCore.Realtime(knobs.presenceLifetime, knobs.maxCatchUp)));
        deeds = core.families().recordDeed();
        interventions = core.families().triggerIntervention();
        WebUseCases useCases = new WebUseCases(core.registerAccount(), core.getMyAccount(), core.logIn(),
                core.refreshSession(), core.logOut(), core.authenticate(), core.createCharacter(),
                core.getCharacter(), core.listMyCharacters(), core.listCivilizations(), core.actAsCharacter(),
                core.throttle(), core.checkReadiness(), core.joinChannel(), core.sendChatMessage(),
                core.chatHistory(), core.catchUp(), core.replayChannel(), core.presence(), bus, families(core),
                core.grantRole(), core.revokeRole(), core.auditLog());
        server = KinrealmHttpServer.start(knobs.useCases.apply(useCases),
                new HttpSettings("127.0.0.1", 0, knobs.origins, 65_536, knobs.gateway()), registry);
    }

    private static WebFamilyUseCases families(KinrealmCore core) {
        return WebFixture.familiesOf(core);
    }

    static RealtimeFixture start() {
        return new RealtimeFixture(new Knobs());
    }

    static RealtimeFixture start(Consumer<Knobs> turn) {
        Knobs knobs = new Knobs();
        turn.accept(knobs);
        return new RealtimeFixture(knobs);
    }

    /** Registers an account, logs in and creates a Solari character. */
    Player player(String username, String characterName) {
        return player(username, characterName, "solari");
    }

    /** Registers an account, logs in and creates a character of the civilization. */
    Player player(String username, String characterName, String civilization) {
        post("/api/v1/auth/register", Map.of("username", username, "password", PASSWORD), 201);
        JsonNode tokens = post("/api/v1/auth/login", Map.of("username", username, "password", PASSWORD), 200);
        String access = tokens.get("accessToken").asText();
        JsonNode created = post("/api/v1/characters",
                Map.of("name", characterName, "civilization", civilization), 201,
                "Authorization", "Bearer " + access);
        JsonNode character = created.get("character");
        return new Player(username, access, tokens.get("refreshToken").asText(), character.get("id").asText(),
                character.get("familyId").asText());
    }

    /** Creates another character for the player's account and answers its id. */
    String secondCharacter(Player player, String name) {
        return post("/api/v1/characters", Map.of("name", name, "civilization", "solari"), 201,
                "Authorization", "Bearer " + player.accessToken()).get("character").get("id").asText();
    }

    /** Records a deed of the player's character (break_oath strains its bond with Iril below Close). */
    void recordDeed(Player player, String deed) {
        CharacterId character = CharacterId.parse(player.characterId()).orElseThrow();
        assertThat(deeds.record(new RecordDeedUseCase.RecordDeed(character, deed))).isInstanceOf(Outcome.Done.class);
    }

    /** An operator calls on a faction's god over the whole world. */
    void intervene(String faction) {
        Principal operator = new Principal(new AccountId(UUID.randomUUID()), "morrow",
                Set.of(Role.PLAYER, Role.OPERATOR), new LoginId(UUID.randomUUID()));
        assertThat(interventions.trigger(new TriggerIntervention(operator, faction, null)))
                .isInstanceOf(Outcome.Done.class);
    }

    /** The head of a family grants kin access to another player's character, who accepts it. */
    void makeKin(Player head, Player kin) {
        String family = "/api/v1/families/" + head.familyId();
        post(family + "/kin", Map.of("characterId", kin.characterId()), 201, "Authorization",
                "Bearer " + head.accessToken(), "X-Character-Id", head.characterId());
        post(family + "/kin/accept", Map.of(), 200, "Authorization", "Bearer " + kin.accessToken(),
                "X-Character-Id", kin.characterId());
    }

    /** The head of a family withdraws a character's kin access. */
    void revokeKin(Player head, Player kin) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("http", "/api/v1/families/"
                        + head.familyId() + "/kin/" + kin.characterId()))
                .header("Authorization", "Bearer " + head.accessToken())
                .header("X-Character-Id", head.characterId()).DELETE().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** A fresh pair of tokens for the same login. */
    Player refreshed(Player player) {
        JsonNode tokens = post("/api/v1/auth/refresh", Map.of("refreshToken", player.refreshToken()), 200);
        return player.withTokens(tokens.get("accessToken").asText(), tokens.get("refreshToken").asText());
    }

    void logOut(Player player) {
        send(HttpRequest.newBuilder(uri("http", "/api/v1/auth/logout")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(WsClient.write(Map.of("refreshToken",
                        player.refreshToken())))).build());
    }

    WsClient connect(String... headers) {
        return WsClient.connect(http, uri("ws", "/ws"), true, headers);
    }

    /** A client that reads only what the test lets it read. */
    WsClient connectSlow() {
        return WsClient.connect(http, uri("ws", "/ws"), false);
    }

    /** A connection authenticated as the player's character. */
    WsClient signedIn(Player player) {
        WsClient client = connect();
        JsonNode reply = client.request("auth", auth(player));
        assertThat(reply.get("ok").asBoolean()).as(reply.toString()).isTrue();
        return client;
    }

    static Map<String, String> auth(Player player) {
        return Map.of("token", player.accessToken(), "characterId", player.characterId());
    }

    double openConnections() {
        return registry.get("kinrealm.ws.connections").gauge().value();
    }

    URI uri(String scheme, String path) {
        return URI.create(scheme + "://127.0.0.1:" + server.port() + path);
    }

    HttpClient http() {
        return http;
    }

    private JsonNode post(String path, Map<String, ?> body, int expected, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("http", path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(WsClient.write(body)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = send(request.build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        try {
            return WsClient.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.shutdownNow(); // first, so that the server's graceful stop has no client to wait for
        server.close();
    }
}
