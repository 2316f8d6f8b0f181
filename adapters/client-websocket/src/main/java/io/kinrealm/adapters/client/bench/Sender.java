package io.kinrealm.adapters.client.bench;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The sending phase: every member sends at the rate, evenly spaced with a random phase, from one scheduler thread.
 * What it sends is the {@link Workload}'s; sends are asynchronous and their replies are counted as they come.
 */
final class Sender {
    private static final long LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final BenchArgs args;
    private final Workload workload;

    Sender(BenchArgs args, Workload workload) {
        this.args = args;
        this.workload = workload;
    }

    /** Runs warm-up and measured phase; returns when the measured phase ends, with the time it started. */
    long run(List<Member> members) throws InterruptedException {
        long period = (long) (1e9 / args.rate());
        long startAt = System.nanoTime() + LEAD_NANOS;
        long measureFrom = startAt + TimeUnit.SECONDS.toNanos(args.warmupSeconds());
        long endAt = measureFrom + TimeUnit.SECONDS.toNanos(args.durationSeconds());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bench-sender");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Member member : members) {
                long firstAt = startAt + ThreadLocalRandom.current().nextLong(period);
                scheduler.scheduleAtFixedRate(() -> tick(member, measureFrom, endAt),
                        firstAt - System.nanoTime(), period, TimeUnit.NANOSECONDS);
            }
            while (System.nanoTime() < endAt) {
                LockSupport.parkNanos(endAt - System.nanoTime());
            }
        } finally {
            scheduler.shutdownNow();
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        }
        return measureFrom;
    }

    private void tick(Member member, long measureFrom, long endAt) {
        long now = System.nanoTime();
        if (now < endAt) {
            workload.tick(member, now, now >= measureFrom);
        }
    }
}
