package io.kinrealm.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the real PostgreSQL and Redis: from {@code KINREALM_TEST_PG_URL} (a JDBC URL; user and
 * password from {@code KINREALM_TEST_PG_USER} / {@code KINREALM_TEST_PG_PASSWORD}) and {@code KINREALM_TEST_REDIS_URL}
 * ({@code redis://host:port}); else, where Docker runs, from Testcontainers; else the test is skipped with a printed
 * notice, or fails when {@code KINREALM_REQUIRE_SERVICES=true} (as in CI), so a green CI always ran them.
 */
public final class TestServices {
    private TestServices() {
    }

    /** Connection details of a PostgreSQL server for tests. */
    public record Postgres(String jdbcUrl, String user, String password) {
    }

    /** The PostgreSQL to test against, or the test is skipped (or failed, where services are required). */
    public static Postgres postgres() {
        String url = System.getenv("KINREALM_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new Postgres(url, envOr("KINREALM_TEST_PG_USER", "postgres"),
                    envOr("KINREALM_TEST_PG_PASSWORD", ""));
        }
        return Containers.postgres().orElseGet(() -> unavailable("PostgreSQL", "KINREALM_TEST_PG_URL"));
    }

    /** The Redis URL ({@code redis://host:port}) to test against, or the test is skipped (or failed). */
    public static URI redis() {
        String url = System.getenv("KINREALM_TEST_REDIS_URL");
        if (url != null && !url.isBlank()) {
            return URI.create(url);
        }
        return Containers.redis().orElseGet(() -> unavailable("Redis", "KINREALM_TEST_REDIS_URL"));
    }

    /** Whether tests must fail rather than skip when a service is missing. */
    public static boolean servicesRequired() {
        return "true".equalsIgnoreCase(System.getenv("KINREALM_REQUIRE_SERVICES"));
    }

    static boolean dockerAvailable() {
        Path socketPath = Path.of("/var/run/docker.sock");
        if (Files.exists(socketPath)) {
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                return channel.connect(UnixDomainSocketAddress.of(socketPath));
            } catch (IOException e) {
                return false;
            }
        }
        String host = System.getenv("DOCKER_HOST");
        if (host == null || !host.startsWith("tcp://")) {
            return false;
        }
        URI uri = URI.create(host);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static <T> T unavailable(String service, String variable) {
        String notice = service + " is not available to the tests: set " + variable
                + " (no Docker engine for Testcontainers either).";
        if (servicesRequired()) {
            throw new IllegalStateException(notice + " KINREALM_REQUIRE_SERVICES=true makes this a failure.");
        }
        System.err.println("NOTICE: skipping " + service + " tests. " + notice);
        Assumptions.abort(notice);
        throw new AssertionError("unreachable");
    }

    private static String envOr(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
