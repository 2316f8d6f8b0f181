package io.kinrealm.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.kinrealm.adapters.security.BcryptPasswordHasher;
import io.kinrealm.adapters.security.JwtTokenIssuer;
import io.kinrealm.adapters.security.RandomRefreshSecrets;
import io.kinrealm.application.KinrealmCore;
import io.kinrealm.application.family.FamilyUseCases;
import io.kinrealm.application.account.ConfiguredRoles;
import io.kinrealm.application.account.SessionPolicy;
import io.kinrealm.application.character.port.in.ListCivilizationsUseCase;
import io.kinrealm.application.chat.GameChannelAccess;
import io.kinrealm.application.family.FamilyStores;
import io.kinrealm.application.health.port.out.DependencyProbe;
import io.kinrealm.application.ratelimit.port.in.RateLimit;
import io.kinrealm.application.ratelimit.port.in.ThrottleUseCase;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.domain.rules.RuleBook;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real Kinrealm HTTP server on a free port over a real core (in-memory adapters, bcrypt cost 4, JWT), with an HTTP
 * client to talk to it. Start one per test with {@link #start()} or {@link #start(Options)}; close it after.
 */
public final class WebFixture implements AutoCloseable {
    static final String SECRET = "a-test-secret-of-at-least-thirty-two-bytes";
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a test may vary: limits per route group, dependency probes, CORS origins, use cases swapped in, roles
     * given by configuration.
     */
    record Options(Map<String, RateLimit> rateLimits, List<DependencyProbe> probes, List<String> corsOrigins,
                   UnaryOperator<WebUseCases> useCases, ConfiguredRoles roles) {
        static Options defaults() {
            RateLimit generous = new RateLimit(10_000, Duration.ofMinutes(1));
            return new Options(Map.of("auth", generous, "api", generous), List.of(), List.of(), u -> u,
                    ConfiguredRoles.none());
        }

        Options withRateLimits(Map<String, RateLimit> limits) {
            return new Options(limits, probes, corsOrigins, useCases, roles);
        }

        Options withProbes(List<DependencyProbe> more) {
            return new Options(rateLimits, more, corsOrigins, useCases, roles);
        }

        Options withCorsOrigins(List<String> origins) {
            return new Options(rateLimits, probes, origins, useCases, roles);
        }

        Options withUseCases(UnaryOperator<WebUseCases> swap) {
            return new Options(rateLimits, probes, corsOrigins, swap, roles);
        }

        Options withRoles(ConfiguredRoles configured) {
            return new Options(rateLimits, probes, corsOrigins, useCases, configured);
        }
    }

    final TestClock clock = new TestClock();
    final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    final InMemoryPositions positions = new InMemoryPositions();
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final KinrealmHttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private WebFixture(Options options) {
        InMemoryEventBus bus = new InMemoryEventBus();
        KinrealmCore core = KinrealmCore.assemble(new KinrealmCore.Ports(new InMemoryAccounts(),
                        new InMemoryRefreshTokens(), new InMemoryCharacters(), new BcryptPasswordHasher(4),
                        new JwtTokenIssuer(SECRET, "kinrealm", "kinrealm-api"), new RandomRefreshSecrets(),
                        new InMemoryRateLimiter(), clock, new RandomIds(), options.probes(), new InMemoryChatLog(),
                        bus, new InMemoryPresenceRegistry(), new GameChannelAccess(),
                new FamilyStores(new InMemoryFamilies(), new InMemoryDevotions(), new InMemoryTongues(),
                        positions),
                auditLog),
                new KinrealmCore.Settings(RuleBook.defaults(), SessionPolicy.defaults(), options.rateLimits(),
                        KinrealmCore.Realtime.defaults(), options.roles()));
        WebUseCases useCases = options.useCases().apply(useCasesOf(core, bus));
        HttpSettings settings = new HttpSettings("127.0.0.1", 0, options.corsOrigins(),
                HttpSettings.DEFAULT_MAX_BODY_BYTES);
        this.server = KinrealmHttpServer.start(useCases, settings, registry);
    }

    static WebFixture start() {
        return new WebFixture(Options.defaults());
    }

    static WebFixture start(Options options) {
        return new WebFixture(options);
    }

    static WebUseCases useCasesOf(KinrealmCore core, EventBus bus) {
        return new WebUseCases(core.registerAccount(), core.getMyAccount(), core.logIn(), core.refreshSession(),
                core.logOut(), core.authenticate(), core.createCharacter(), core.getCharacter(),
                core.listMyCharacters(), core.listCivilizations(), core.actAsCharacter(), core.throttle(),
                core.checkReadiness(), core.joinChannel(), core.sendChatMessage(), core.chatHistory(),
                core.catchUp(), core.replayChannel(), core.presence(), bus, familiesOf(core), core.grantRole(),
                core.revokeRole(), core.auditLog());
    }

    /** The core's family, alignment and language use cases, as the server takes them. */
    public static WebFamilyUseCases familiesOf(KinrealmCore core) {
        FamilyUseCases f = core.families();
        return new WebFamilyUseCases(f.readFamily(), f.giveGift(), f.grantKin(), f.acceptKin(), f.revokeKin(),
                f.orderCompanion(), f.recordDeed(), f.readAlignment(), f.learnLanguage(), f.readLanguages(),
                f.renderText(), f.readerProfile(), f.reportPosition(), f.flushPositions(), f.readFamilyPositions(),
                f.triggerIntervention());
    }

    /** Use cases with the civilization listing swapped, e.g. for one that fails. */
    static UnaryOperator<WebUseCases> civilizations(ListCivilizationsUseCase replacement) {
        return u -> new WebUseCases(u.registerAccount(), u.getMyAccount(), u.logIn(), u.refreshSession(),
                u.logOut(), u.authenticate(), u.createCharacter(), u.getCharacter(), u.listMyCharacters(),
                replacement, u.actAsCharacter(), u.throttle(), u.checkReadiness(), u.joinChannel(),
                u.sendChatMessage(), u.chatHistory(), u.catchUp(), u.replayChannel(), u.presence(), u.eventBus(),
                u.families(), u.grantRole(), u.revokeRole(), u.auditLog());
    }

    /** Use cases with throttling swapped, e.g. for one whose store is down. */
    static UnaryOperator<WebUseCases> throttle(ThrottleUseCase replacement) {
        return u -> new WebUseCases(u.registerAccount(), u.getMyAccount(), u.logIn(), u.refreshSession(),
                u.logOut(), u.authenticate(), u.createCharacter(), u.getCharacter(), u.listMyCharacters(),
                u.listCivilizations(), u.actAsCharacter(), replacement, u.checkReadiness(), u.joinChannel(),
                u.sendChatMessage(), u.chatHistory(), u.catchUp(), u.replayChannel(), u.presence(), u.eventBus(),
                u.families(), u.grantRole(), u.revokeRole(), u.auditLog());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> postJson(String path, String json, String... headers) {
        return post(path, BodyPublishers.ofString(json), withContentType(headers));
    }

    HttpResponse<String> postJson(String path, Map<String, ?> body, String... headers) {
        try {
            return postJson(path, JSON.writeValueAsString(body), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> post(String path, BodyPublisher body, String... headers) {
        return send(request(path, headers).POST(body).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient client() {
        return client;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private static String[] withContentType(String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    @Override
    public void close() {
        client.close(); // first, so that the server's graceful stop has no idle connection to wait for
        server.close();
    }
}
