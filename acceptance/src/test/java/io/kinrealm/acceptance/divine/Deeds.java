package io.kinrealm.acceptance.divine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deed catalog as scenarios name its deeds, and how a character born with some devotion reaches given points
 * by deeds alone (keep an oath +10 Order, show mercy +5 Order, break an oath +10 Chaos, sow discord +8 Chaos,
 * commune with the Void +10 Void, desecrate a shrine +4 Chaos +6 Void).
 */
final class Deeds {
    static final String DONE = "keeps an oath|shows mercy|breaks an oath|sows discord|communes with the Void"
            + "|desecrates a shrine";
    static final String HAVING_DONE = "kept an oath|shown mercy|broken an oath|sown discord|communed with the Void"
            + "|desecrated a shrine";

    private static final Map<String, String> IDS = Map.ofEntries(
            Map.entry("keeps an oath", "keep_oath"), Map.entry("kept an oath", "keep_oath"),
            Map.entry("shows mercy", "show_mercy"), Map.entry("shown mercy", "show_mercy"),
            Map.entry("breaks an oath", "break_oath"), Map.entry("broken an oath", "break_oath"),
            Map.entry("sows discord", "sow_discord"), Map.entry("sown discord", "sow_discord"),
            Map.entry("communes with the Void", "commune_void"), Map.entry("communed with the Void", "commune_void"),
            Map.entry("desecrates a shrine", "desecrate"), Map.entry("desecrated a shrine", "desecrate"));

    private Deeds() {
    }

    static String idOf(String phrase) {
        return IDS.get(phrase);
    }

    /** The deeds that take {@code start} points to {@code target} points (order, chaos, void), if there are any. */
    static Optional<List<String>> leadingFrom(int[] start, int[] target) {
        int order = target[0] - start[0];
        int chaos = target[1] - start[1];
        int voidPoints = target[2] - start[2];
        if (order < 0 || order % 5 != 0) {
            return Optional.empty();
        }
        for (int desecrations = 0; 4 * desecrations <= chaos && 6 * desecrations <= voidPoints; desecrations++) {
            int chaosLeft = chaos - 4 * desecrations;
            int voidLeft = voidPoints - 6 * desecrations;
            for (int discords = 0; 8 * discords <= chaosLeft; discords++) {
                if ((chaosLeft - 8 * discords) % 10 == 0 && voidLeft % 10 == 0) {
                    List<String> deeds = new ArrayList<>();
                    repeat(deeds, "keep_oath", order / 10);
                    repeat(deeds, "show_mercy", order % 10 / 5);
                    repeat(deeds, "desecrate", desecrations);
                    repeat(deeds, "sow_discord", discords);
                    repeat(deeds, "break_oath", (chaosLeft - 8 * discords) / 10);
                    repeat(deeds, "commune_void", voidLeft / 10);
                    return Optional.of(deeds);
                }
            }
        }
        return Optional.empty();
    }

    private static void repeat(List<String> deeds, String deed, int times) {
        for (int i = 0; i < times; i++) {
            deeds.add(deed);
        }
    }
}
