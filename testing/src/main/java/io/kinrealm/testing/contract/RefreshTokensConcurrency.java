package io.kinrealm.testing.contract;

import io.kinrealm.application.account.port.out.RefreshTokens;
import io.kinrealm.application.account.port.out.RefreshTokens.Rotation;
import io.kinrealm.application.account.port.out.StoredRefreshToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Many clients presenting the same refresh token at the same instant, released together by a start gate. */
final class RefreshTokensConcurrency {
    private RefreshTokensConcurrency() {
    }

    /** What the concurrent exchanges answered: the successors that won, the replays seen, how many were invalid. */
    record Tally(List<String> rotated, List<Rotation.Reused> reused, int invalid) {
    }

    static Tally rotateAtOnce(RefreshTokens tokens, StoredRefreshToken token, int clients, Instant now)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<String> successors = new ArrayList<>();
        List<Future<Rotation>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                String successor = "fp-" + UUID.randomUUID();
                successors.add(successor);
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return tokens.rotate(token.fingerprint(), successor, token.expiresAt(), now);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            start.countDown();
            return tally(successors, answers);
        }
    }

    private static Tally tally(List<String> successors, List<Future<Rotation>> answers) throws Exception {
        List<String> rotated = new ArrayList<>();
        List<Rotation.Reused> reused = new ArrayList<>();
        int invalid = 0;
        for (int i = 0; i < answers.size(); i++) {
            switch (answers.get(i).get(60, TimeUnit.SECONDS)) {
                case Rotation.Rotated r -> rotated.add(successors.get(i));
                case Rotation.Reused r -> reused.add(r);
                case Rotation.Invalid r -> invalid++;
            }
        }
        return new Tally(List.copyOf(rotated), List.copyOf(reused), invalid);
    }
}
