package io.kinrealm.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.health.port.in.CheckReadinessUseCase.Readiness;
import io.kinrealm.application.health.port.out.DependencyProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessCheckTest {

    private static DependencyProbe probe(String name, boolean up) {
        return new DependencyProbe() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isUp() {
                return up;
            }
        };
    }

    @Test
    void a_node_whose_dependencies_all_answer_is_ready() {
        Readiness readiness = new ReadinessCheck(List.of(probe("postgresql", true), probe("redis", true))).check();

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.failing()).isEmpty();
    }

    @Test
    void a_node_with_a_silent_dependency_is_not_ready_and_names_it() {
        Readiness readiness = new ReadinessCheck(List.of(probe("postgresql", true), probe("redis", false))).check();

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.failing()).containsExactly("redis");
    }

    @Test
    void every_silent_dependency_is_named() {
        Readiness readiness = new ReadinessCheck(List.of(probe("postgresql", false), probe("redis", false))).check();

        assertThat(readiness.failing()).containsExactly("postgresql", "redis");
    }

    @Test
    void the_embedded_server_without_dependencies_is_always_ready() {
        assertThat(new ReadinessCheck(List.of()).check().ready()).isTrue();
    }
}
