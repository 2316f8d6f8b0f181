package io.kinrealm.adapters.client.bench;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

/**
 * One player's position reports in the positions scenario, from sending until each is resolved: shown back in a
 * {@code family.positions} event (its latency counted), dropped by the server's quota, failed, or superseded. A batch
 * carries only the latest position of the player, so a report followed by another before the node's next batch is
 * expected never to be shown; it counts as superseded once a later report is shown. An accepted report neither shown
 * nor superseded by the end is missing.
 *
 * <p>Reports are told apart by their x: the player's report counter modulo {@link #CODES}, in hundredths of a metre,
 * so x runs over [0, 100). The sender thread, reply callbacks and the connection's dispatcher all call in: every
 * method holds the track's lock (one player's, so it is not contended).
 */
final class PositionTrack {
    static final int CODES = 10_000;
    /** Two batch intervals: a report superseded by one sent this much later is unlikely to have shared its batch. */
    static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private enum State { SENT, ACCEPTED, SHOWN_BEFORE_REPLY, SUPERSEDED_BEFORE_REPLY, RESOLVED }

    /** One report; its state is guarded by the track's lock. */
    static final class Report {
        private final int code;
        private final long sentNanos;
        private final boolean measured;
        private State state = State.SENT;
        private long supersededByNanos;

        private Report(int code, long sentNanos, boolean measured) {
            this.code = code;
            this.sentNanos = sentNanos;
            this.measured = measured;
        }

        /** The x to report: the code in hundredths of a metre. */
        double x() {
            return code / 100.0;
        }
    }

    private final String characterId;
    private final PositionTally tally;
    /** Reports sent and not resolved yet, in the order sent: only SENT and ACCEPTED ones. */
    private final ArrayDeque<Report> open = new ArrayDeque<>();
    private int counter;
    private boolean measuring;
    private int lastShownCode = -1;

    PositionTrack(String characterId, PositionTally tally) {
        this.characterId = characterId;
        this.tally = tally;
    }

    String characterId() {
        return characterId;
    }

    /** A new report, about to be sent at {@code nowNanos}. */
    synchronized Report send(long nowNanos, boolean measured) {
        Report report = new Report(counter++ % CODES, nowNanos, measured);
        measuring |= measured;
        open.addLast(report);
        tally.sending(measured);
        return report;
    }

    /** The server answered the report: taken, or dropped for coming over the quota. */
    synchronized void replied(Report report, boolean accepted) {
        tally.answered(report.measured, accepted);
        switch (report.state) {
            case SENT -> {
                if (accepted) {
                    report.state = State.ACCEPTED;
                } else {
                    resolve(report);
                }
            }
            case SUPERSEDED_BEFORE_REPLY -> {
                if (accepted) {
                    supersede(report, report.supersededByNanos);
                }
                report.state = State.RESOLVED;
            }
            default -> report.state = State.RESOLVED;
        }
    }

    /** The report got no answer (timeout, error reply, connection lost). */
    synchronized void failed(Report report) {
        tally.failed(report.measured);
        resolve(report);
    }

    /** An event showed the player at {@code x}, received at {@code nowNanos}. */
    synchronized void shown(double x, long nowNanos) {
        countEvent(nowNanos);
        int code = (int) Math.round(x * 100);
        Report match = open.stream().filter(report -> report.code == code).findFirst().orElse(null);
        if (match == null) {
            if (code == lastShownCode) {
                tally.repeated();
            } else {
                tally.stale();
            }
            return;
        }
        lastShownCode = code;
        for (Iterator<Report> it = open.iterator(); it.hasNext(); ) {
            Report report = it.next();
            it.remove();
            if (report == match) {
                break;
            }
            if (report.state == State.ACCEPTED) {
                supersede(report, match.sentNanos);
                report.state = State.RESOLVED;
            } else {
                report.state = State.SUPERSEDED_BEFORE_REPLY;
                report.supersededByNanos = match.sentNanos;
            }
        }
        if (match.measured) {
            tally.shown(nowNanos - match.sentNanos, nowNanos);
        }
        match.state = match.state == State.SENT ? State.SHOWN_BEFORE_REPLY : State.RESOLVED;
    }

    /** An event that did not show the player at all. */
    synchronized void shownNothing(long nowNanos) {
        countEvent(nowNanos);
        tally.stale();
    }

    /** Whether an accepted report still waits to be shown. */
    synchronized boolean waiting() {
        return open.stream().anyMatch(report -> report.state == State.ACCEPTED);
    }

    /** Measured accepted reports never shown nor superseded: at the end of the run, the reports the batches lost. */
    synchronized long missing() {
        return open.stream().filter(report -> report.measured && report.state == State.ACCEPTED).count();
    }

    private void countEvent(long nowNanos) {
        if (measuring) {
            tally.event(nowNanos);
        }
    }

    private void supersede(Report report, long byNanos) {
        if (report.measured) {
            tally.superseded(byNanos - report.sentNanos >= LATE_NANOS);
        }
    }

    private void resolve(Report report) {
        open.remove(report);
        report.state = State.RESOLVED;
    }
}
