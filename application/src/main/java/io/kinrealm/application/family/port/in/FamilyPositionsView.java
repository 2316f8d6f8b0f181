package io.kinrealm.application.family.port.in;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a family's circle stands: its head, Ashnar, Iril and accepted kin, each only once its position is known.
 *
 * @param family    the family's id
 * @param positions head first, then Ashnar, Iril and the kin
 */
public record FamilyPositionsView(String family, List<Entry> positions) {
    public FamilyPositionsView {
        positions = List.copyOf(positions);
    }

    /**
     * One member's position.
     *
     * @param who         {@code character}, {@code ashnar}, {@code iril} or {@code kin}
     * @param characterId the character itself, or for a companion the head it belongs to
     * @param section     the detail section's path
     * @param x           metres east of the section's north-west corner
     * @param y           metres south of it
     */
    public record Entry(String who, String characterId, String section, double x, double y) {
        Map<String, Object> asData() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("who", who);
            data.put("characterId", characterId);
            data.put("section", section);
            data.put("x", x);
            data.put("y", y);
            return data;
        }
    }

    /** The view as event data and JSON body: {@code {family, positions: [{who, characterId, section, x, y}]}}. */
    public Map<String, Object> asData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("family", family);
        data.put("positions", positions.stream().map(Entry::asData).toList());
        return data;
    }
}
