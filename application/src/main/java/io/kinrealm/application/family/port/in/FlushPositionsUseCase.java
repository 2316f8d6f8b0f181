package io.kinrealm.application.family.port.in;

import java.time.Duration;

/**
 * Sends on the moves gathered since the last flush: for every family whose circle moved (its head, a companion, or
 * one of its kin) or whose companions' orders or kin changed, one {@code family.positions} event with where the whole
 * circle now stands. A driver calls this every {@link #interval()}, on each node, for the reports that node took.
 */
public interface FlushPositionsUseCase {

    /** Sends the batch; answers how many family events went out. */
    int flush();

    /** How often to flush: the rule book's batch interval (100 ms by default). */
    Duration interval();
}
