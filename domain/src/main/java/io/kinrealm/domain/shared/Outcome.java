package io.kinrealm.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The answer to a player's request: either it was done, with its result, or it was refused for a stated reason.
 * Expected refusals are values, never exceptions, so every caller has to decide what the player is told.
 *
 * @param <T> what a successful request produces
 */
public sealed interface Outcome<T> {

    /** The request was carried out. */
    record Done<T>(T value) implements Outcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The request was refused; {@code fields} names the offending fields of a request that failed validation. */
    record Rejected<T>(Refusal reason, String detail, List<FieldProblem> fields) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            fields = List.copyOf(fields);
        }

        /** The same refusal, typed for another kind of result. */
        public <U> Rejected<U> retype() {
            return new Rejected<>(reason, detail, fields);
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> rejected(Refusal reason, String detail) {
        return new Rejected<>(reason, detail, List.of());
    }

    static <T> Outcome<T> invalid(List<FieldProblem> fields) {
        return new Rejected<>(Refusal.VALIDATION_FAILED, "The request has invalid fields.", fields);
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
        return switch (this) {
            case Done<T> done -> new Done<>(mapper.apply(done.value()));
            case Rejected<T> rejected -> rejected.retype();
        };
    }

    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> next) {
        return switch (this) {
            case Done<T> done -> next.apply(done.value());
            case Rejected<T> rejected -> rejected.retype();
        };
    }
}
