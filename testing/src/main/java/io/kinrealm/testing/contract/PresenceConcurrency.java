package io.kinrealm.testing.contract;

import io.kinrealm.application.presence.port.out.PresenceRegistry;
import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Many nodes sweeping expired connections at the same instant, released together by a start gate. */
final class PresenceConcurrency {
    private PresenceConcurrency() {
    }

    /** What each of {@code nodes} concurrent {@code expire(now)} calls answered. */
    static List<List<CharacterId>> expireAtOnce(PresenceRegistry registry, Instant now, int nodes) throws Exception {
        CountDownLatch ready = new CountDownLatch(nodes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<CharacterId>>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(nodes)) {
            for (int i = 0; i < nodes; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return registry.expire(now);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            start.countDown();
            List<List<CharacterId>> reports = new ArrayList<>();
            for (Future<List<CharacterId>> answer : answers) {
                reports.add(answer.get(60, TimeUnit.SECONDS));
            }
            return reports;
        }
    }
}
