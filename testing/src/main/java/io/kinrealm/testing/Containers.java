package io.kinrealm.testing;

import java.net.URI;
import java.util.Optional;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;

/** Services started by Testcontainers where a Docker engine runs; one per test JVM, started on first use. */
final class Containers {
    private static PostgreSQLContainer<?> postgres;
    private static GenericContainer<?> redis;

    private Containers() {
    }

    static synchronized Optional<TestServices.Postgres> postgres() {
        if (!TestServices.dockerAvailable()) {
            return Optional.empty();
        }
        if (postgres == null) {
            postgres = new PostgreSQLContainer<>("postgres:15-alpine");
            postgres.start();
        }
        return Optional.of(new TestServices.Postgres(postgres.getJdbcUrl(), postgres.getUsername(),
                postgres.getPassword()));
    }

    static synchronized Optional<URI> redis() {
        if (!TestServices.dockerAvailable()) {
            return Optional.empty();
        }
        if (redis == null) {
            redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            redis.start();
        }
        return Optional.of(URI.create("redis://" + redis.getHost() + ":" + redis.getMappedPort(6379)));
    }
}
