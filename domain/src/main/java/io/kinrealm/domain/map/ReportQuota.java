package io.kinrealm.domain.map;

import java.time.Instant;
import java.util.Optional;

/**
 * When a character's next position report is due. A client may report once every
 * {@link MapRules#reportInterval()} (100 ms at 10 a second). A report that comes up to {@link MapRules#reportSlack()}
 * early (50 ms) is still taken, so that a client ticking ten times a second is not punished for its timer's wobble;
 * an earlier one is dropped, not queued, since the next report soon makes it stale. An early report borrows from the
 * next: the next one is due a whole interval after the one it took the place of, so over any stretch longer than a
 * second no client gets more than the rate through (in a single second, at most one more).
 *
 * @param due when the next report is due
 */
public record ReportQuota(Instant due) {

    /** The quota of a character that has not reported for a while: a report now is on time. */
    public static ReportQuota fresh(Instant now) {
        return new ReportQuota(now);
    }

    /** The quota after a report at {@code now}, or empty when the report came too early and is dropped. */
    public Optional<ReportQuota> take(Instant now, MapRules rules) {
        if (now.isBefore(due.minus(rules.reportSlack()))) {
            if (clockWentBack(now, rules)) {
                return Optional.of(new ReportQuota(now.plus(rules.reportInterval())));
            }
            return Optional.empty();
        }
        Instant from = due.isAfter(now) ? due : now;
        return Optional.of(new ReportQuota(from.plus(rules.reportInterval())));
    }

    /** True once the quota is back at rest, so that forgetting it changes nothing. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(due);
    }

    /** A taken report never puts the next one more than an interval and the slack ahead; further means time ran back. */
    private boolean clockWentBack(Instant now, MapRules rules) {
        return due.isAfter(now.plus(rules.reportInterval()).plus(rules.reportSlack()));
    }
}
