package io.kinrealm.domain.map;

import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A section of the map, addressed by its path of grid indexes from the Continental level down, such as
 * {@code 5.12.130.77}: section 5 of the world's grid, section 12 of that one's grid, and so on. At each level the
 * index runs over the n x n grid row by row, from 0 to n*n - 1. A path of four indexes names a detail section.
 */
public record SectionPath(List<Integer> indexes) {
    public SectionPath {
        indexes = List.copyOf(indexes);
        if (indexes.isEmpty() || indexes.size() > MapRules.LEVELS) {
            throw new IllegalArgumentException("a section path has 1 to " + MapRules.LEVELS + " indexes");
        }
        if (indexes.stream().anyMatch(index -> index < 0)) {
            throw new IllegalArgumentException("section indexes are not negative");
        }
    }

    /** Reads a path such as {@code 5.12.130.77}, checked against the grids of {@code rules}. */
    public static Outcome<SectionPath> parse(String field, String text, MapRules rules) {
        if (text == null || text.isBlank()) {
            return invalid(field, "missing", "Give a section path such as 5.12.130.77.");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length > MapRules.LEVELS) {
            return invalid(field, "too_deep", "A section path has at most " + MapRules.LEVELS + " indexes.");
        }
        List<Integer> indexes = new ArrayList<>(parts.length);
        for (int level = 0; level < parts.length; level++) {
            int index = index(parts[level]);
            int sections = rules.sectionsAt(level);
            if (index < 0 || index >= sections) {
                return invalid(field, "out_of_range", "At level " + (level + 1) + " an index is a number from 0 to "
                        + (sections - 1) + ".");
            }
            indexes.add(index);
        }
        return Outcome.done(new SectionPath(indexes));
    }

    /** The detail section at the bottom of the zoom levels: every position lies in one. */
    public boolean isDetail() {
        return indexes.size() == MapRules.LEVELS;
    }

    @Override
    public String toString() {
        return indexes.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    private static int index(String part) {
        if (part.isEmpty() || part.length() > 7 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(part);
    }

    private static Outcome<SectionPath> invalid(String field, String code, String message) {
        return Outcome.invalid(List.of(new FieldProblem(field, code, message)));
    }
}
