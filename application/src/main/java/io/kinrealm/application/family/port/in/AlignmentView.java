package io.kinrealm.application.family.port.in;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a character stands with the gods, as the Divine Alignment Bars show it.
 *
 * @param character the character's id
 * @param points    devotion points per faction ({@code order}, {@code chaos}, {@code void}), in faction order
 * @param percents  whole-percent shares per faction, adding up to 100 (all 0 without any points)
 * @param dominant  the dominant faction's id, or {@code unaligned}
 * @param devout    whether the character is devout to its dominant faction
 */
public record AlignmentView(String character, Map<String, Integer> points, Map<String, Integer> percents,
                            String dominant, boolean devout) {
    public AlignmentView {
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        percents = Collections.unmodifiableMap(new LinkedHashMap<>(percents));
    }
}
