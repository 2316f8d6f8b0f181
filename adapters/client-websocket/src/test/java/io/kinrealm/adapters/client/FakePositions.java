package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The fake node's family tracking, with the rules the load tool meets: {@code position.report} taken at most 10
 * times a second per character (the second counted from the first report of each window; more are answered
 * {@code accepted: false}), x and y from 0 up to 100, and on each {@link #flush()} one {@code family.positions} event
 * per family whose head moved, carrying only its latest position. A character's family is
 * {@link FakeRest#familyOf(String)}; the fake families have no companions or kin.
 */
final class FakePositions {
    private static final int REPORTS_PER_SECOND = 10;
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private record Quota(long windowStart, int used) {
    }

    private final Map<String, Quota> quotas = new HashMap<>();
    private final Map<String, ObjectNode> moved = new LinkedHashMap<>();

    static boolean inRange(double metres) {
        return metres >= 0 && metres < 100;
    }

    /** Takes a report unless over the quota; answers whether it was taken. */
    synchronized boolean report(String character, String section, double x, double y, long nowNanos) {
        Quota quota = quotas.get(character);
        if (quota == null || nowNanos - quota.windowStart() >= WINDOW_NANOS) {
            quota = new Quota(nowNanos, 0);
        }
        if (quota.used() >= REPORTS_PER_SECOND) {
            return false;
        }
        quotas.put(character, new Quota(quota.windowStart(), quota.used() + 1));
        moved.put(character, FakeChat.JSON.createObjectNode().put("who", "character").put("characterId", character)
                .put("section", section).put("x", x).put("y", y));
        return true;
    }

    /** The batch: per family channel whose head moved since the last flush, the event's data. */
    synchronized Map<String, ObjectNode> flush() {
        Map<String, ObjectNode> events = new LinkedHashMap<>();
        moved.forEach((character, position) -> {
            String family = FakeRest.familyOf(character);
            ObjectNode data = FakeChat.JSON.createObjectNode().put("family", family);
            data.putArray("positions").add(position);
            events.put("family:" + family, data);
        });
        moved.clear();
        return events;
    }
}
