package io.kinrealm.adapters.client.bench;

import java.util.List;
import java.util.Map;

/**
 * What the clients of one {@link Scenario} do and what is counted of it: the channel each joins, what it listens to,
 * what it sends at each tick of the sending phase, and the run's JSON line.
 */
interface Workload {
    /** The channel client {@code index} joins before it counts as connected. */
    String channel(int index, Identity identity);

    /** Registers the member's event listeners; called before it authenticates. */
    void listen(Member member);

    /** Every client is connected or failed; sending starts next. */
    void start(List<Member> members);

    /** One tick of the member's schedule, at {@code nowNanos}; {@code measured} is false during warm-up. */
    void tick(Member member, long nowNanos, boolean measured);

    /** A connection dropped and is reconnecting. */
    void reconnected();

    /** Every send answered and everything expected back arrived. */
    boolean drained();

    /** The JSON line of the run, with {@code processes} (the servers' CPU and memory) appended. */
    String result(int connected, int connectFailures, long measureFromNanos, Map<String, Object> processes);
}
