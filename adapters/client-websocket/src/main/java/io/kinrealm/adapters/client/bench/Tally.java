package io.kinrealm.adapters.client.bench;

import io.kinrealm.adapters.client.ServerEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * What happened during a run, counted from many threads: acknowledged sends, deliveries per message (to find loss
 * and duplicates), sequence gaps, latencies. A message's text is {@code "b <sender> <n> <sentNanos>"}, {@code n}
 * the sender's message number in the measured phase or -1 during warm-up.
 */
final class Tally {
    private final int perSender;
    private final int[] roomMembers;
    private final int roomSize;
    private final AtomicIntegerArray acked;
    private final AtomicIntegerArray copies;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder sent = new LongAdder();
    private final LongAdder expected = new LongAdder();
    private final LongAdder deliveries = new LongAdder();
    private final LongAdder echo = new LongAdder();
    private final LongAdder others = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder gaps = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder reconnects = new LongAdder();
    private final Latencies latencies = new Latencies();
    private volatile long lastDeliveryNanos;

    Tally(BenchArgs args) {
        this.perSender = args.messagesPerClient();
        this.roomSize = args.roomSize();
        this.roomMembers = new int[(args.clients() + roomSize - 1) / roomSize];
        this.acked = new AtomicIntegerArray(args.clients() * perSender);
        this.copies = new AtomicIntegerArray(args.clients() * perSender);
    }

    /** Counts the connected members of each room, before sending starts. */
    void countMembers(List<Member> members) {
        members.forEach(member -> roomMembers[member.room]++);
    }

    static String text(int sender, int n, long sentNanos) {
        return "b " + sender + " " + n + " " + sentNanos;
    }

    boolean canSend(int n) {
        return n < perSender;
    }

    void sending() {
        inFlight.incrementAndGet();
    }

    void acknowledged(Member sender, int n) {
        if (n >= 0) {
            acked.set(slot(sender.index, n), 1);
            sent.increment();
            expected.add(roomMembers[sender.room]);
        }
        inFlight.decrementAndGet();
    }

    void failed() {
        errors.increment();
        inFlight.decrementAndGet();
    }

    void reconnected() {
        reconnects.increment();
    }

    /** A chat message reached a member (called on that member's dispatcher, in order). */
    void delivered(Member receiver, ServerEvent event, long nowNanos) {
        long skipped = receiver.check(event.seq() == null ? 0 : event.seq());
        if (skipped < 0) {
            duplicates.increment();
            return;
        }
        gaps.add(skipped);
        String[] parts = event.d().path("text").asText().split(" ");
        if (parts.length != 4 || !parts[0].equals("b") || parts[2].equals("-1")) {
            return;
        }
        int sender = Integer.parseInt(parts[1]);
        int n = Integer.parseInt(parts[2]);
        latencies.recordNanos(nowNanos - Long.parseLong(parts[3]));
        copies.incrementAndGet(slot(sender, n));
        deliveries.increment();
        (sender == receiver.index ? echo : others).increment();
        lastDeliveryNanos = nowNanos;
    }

    /** Every send answered and every expected delivery arrived. */
    boolean drained() {
        return inFlight.get() == 0 && deliveries.sum() >= expected.sum();
    }

    BenchResult result(int connected, int connectFailures, long measureFromNanos) {
        long delivered = 0;
        long extra = 0;
        for (int slot = 0; slot < copies.length(); slot++) {
            int members = roomMembers[slot / perSender / roomSize];
            if (acked.get(slot) == 1) {
                delivered += Math.min(copies.get(slot), members);
            }
            extra += Math.max(0, copies.get(slot) - members);
        }
        double seconds = Math.max(1e-9, (lastDeliveryNanos - measureFromNanos) / 1e9);
        return new BenchResult(connected, connectFailures, sent.sum(), expected.sum(), delivered, others.sum(),
                echo.sum(), delivered == 0 ? 0 : delivered / seconds, latencies.percentileMs(50),
                latencies.percentileMs(95), latencies.percentileMs(99), latencies.maxMs(),
                duplicates.sum() + extra, gaps.sum(), errors.sum(), reconnects.sum());
    }

    private int slot(int sender, int n) {
        return sender * perSender + n;
    }
}
