package io.kinrealm.domain.map;

import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where someone stands: a detail section and a point inside it, {@code x} east and {@code y} south of the section's
 * north-west corner, in metres.
 */
public record Position(SectionPath section, double x, double y) {
    public Position {
        Objects.requireNonNull(section, "section");
        if (!section.isDetail()) {
            throw new IllegalArgumentException("a position lies in a detail section");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y) || x < 0 || y < 0) {
            throw new IllegalArgumentException("a position's coordinates are finite and not negative");
        }
    }

    /** A position a client reported, checked against the map: a detail section and a point inside it. */
    public static Outcome<Position> of(String section, Double x, Double y, MapRules rules) {
        List<FieldProblem> problems = new ArrayList<>();
        SectionPath path = null;
        switch (SectionPath.parse("section", section, rules)) {
            case Outcome.Done<SectionPath> done when done.value().isDetail() -> path = done.value();
            case Outcome.Done<SectionPath> coarse -> problems.add(new FieldProblem("section", "not_detail",
                    "A position lies in a detail section: a path of " + MapRules.LEVELS + " indexes."));
            case Outcome.Rejected<SectionPath> rejected -> problems.addAll(rejected.fields());
        }
        coordinate("x", x, rules).ifPresent(problems::add);
        coordinate("y", y, rules).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        return Outcome.done(new Position(path, x, y));
    }

    private static Optional<FieldProblem> coordinate(String field, Double value, MapRules rules) {
        if (value == null) {
            return Optional.of(new FieldProblem(field, "missing", "Give " + field + " in metres."));
        }
        if (!Double.isFinite(value) || value < 0 || value >= rules.sectionMetres()) {
            return Optional.of(new FieldProblem(field, "out_of_range",
                    field + " lies from 0 up to (not including) " + rules.sectionMetres() + " metres."));
        }
        return Optional.empty();
    }
}
