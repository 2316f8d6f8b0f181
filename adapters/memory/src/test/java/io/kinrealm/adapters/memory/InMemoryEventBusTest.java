package io.kinrealm.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.testing.contract.EventBusContract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryEventBusTest extends EventBusContract {
    @Override
    protected EventBus newEventBus() {
        return new InMemoryEventBus();
    }

    /** A listener that counts what it is given and never reports a loss. */
    private static final class Counter implements EventBus.Listener {
        private final AtomicInteger events = new AtomicInteger();

        @Override
        public void onEvent(ChannelEvent event) {
            events.incrementAndGet();
        }

        @Override
        public void onPossibleLoss(String channel) {
            throw new AssertionError("an in-process bus loses nothing");
        }
    }

    @Test
    void an_event_has_reached_every_listener_when_publish_returns() {
        EventBus bus = new InMemoryEventBus();
        List<ChannelEvent> received = Collections.synchronizedList(new ArrayList<>());
        bus.subscribe("global", new EventBus.Listener() {
            @Override
            public void onEvent(ChannelEvent event) {
                received.add(event);
            }

            @Override
            public void onPossibleLoss(String channel) {
                throw new AssertionError("an in-process bus loses nothing");
            }
        });
        ChannelEvent event = new ChannelEvent("global", "notice", 0, Map.of("text", "Restart in 5 minutes"));

        bus.publish(event);

        assertThat(received).containsExactly(event);
    }

    @Test
    void subscriptions_opened_and_closed_on_many_threads_at_once_are_all_honoured() throws Exception {
        EventBus bus = new InMemoryEventBus();
        List<Counter> counters = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            counters.add(new Counter());
        }
        List<EventBus.Subscription> subscriptions = onManyThreads(counters.size(),
                i -> bus.subscribe("room:crowd", counters.get(i)));

        bus.publish(new ChannelEvent("room:crowd", "notice", 0, Map.of()));
        onManyThreads(subscriptions.size(), i -> {
            subscriptions.get(i).close();
            return null;
        });
        bus.publish(new ChannelEvent("room:crowd", "notice", 0, Map.of()));

        assertThat(counters).allSatisfy(counter -> assertThat(counter.events.get()).isEqualTo(1));
    }

    private interface Task<T> {
        T run(int index);
    }

    private static <T> List<T> onManyThreads(int count, Task<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.run(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        }
    }
}
