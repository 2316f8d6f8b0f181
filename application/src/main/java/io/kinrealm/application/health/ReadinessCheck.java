package io.kinrealm.application.health;

import io.kinrealm.application.health.port.in.CheckReadinessUseCase;
import io.kinrealm.application.health.port.out.DependencyProbe;
import java.util.List;

/** Asks every configured dependency whether it answers. The embedded default has none and is always ready. */
public final class ReadinessCheck implements CheckReadinessUseCase {
    private final List<DependencyProbe> probes;

    public ReadinessCheck(List<DependencyProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    @Override
    public Readiness check() {
        return new Readiness(probes.stream().map(p -> new DependencyStatus(p.name(), p.isUp())).toList());
    }
}
