package io.kinrealm.application.health.port.in;

import java.util.List;

/** Whether this node can serve players: every configured dependency answers. */
public interface CheckReadinessUseCase {

    Readiness check();

    record Readiness(List<DependencyStatus> dependencies) {
        public Readiness {
            dependencies = List.copyOf(dependencies);
        }

        public boolean ready() {
            return dependencies.stream().allMatch(DependencyStatus::up);
        }

        public List<String> failing() {
            return dependencies.stream().filter(d -> !d.up()).map(DependencyStatus::name).toList();
        }
    }

    record DependencyStatus(String name, boolean up) {
    }
}
