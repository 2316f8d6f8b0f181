package io.kinrealm.adapters.web.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * The gateway's meters: open connections, frames received and sent, and connections closed for being too slow.
 */
final class GatewayMetrics {
    private final Counter framesIn;
    private final Counter framesOut;
    private final Counter slowConsumers;

    GatewayMetrics(MeterRegistry registry, Map<?, ?> open) {
        Gauge.builder("kinrealm.ws.connections", open, Map::size)
                .description("WebSocket connections open on this node")
                .strongReference(true)
                .register(registry);
        framesIn = Counter.builder("kinrealm.ws.frames.in").description("Frames received from clients")
                .register(registry);
        framesOut = Counter.builder("kinrealm.ws.frames.out").description("Frames sent to clients")
                .register(registry);
        slowConsumers = Counter.builder("kinrealm.ws.slow.consumer.closes")
                .description("Connections closed with 4008 because they could not keep up")
                .register(registry);
    }

    void frameIn() {
        framesIn.increment();
    }

    Counter framesOut() {
        return framesOut;
    }

    void slowConsumer() {
        slowConsumers.increment();
    }
}
