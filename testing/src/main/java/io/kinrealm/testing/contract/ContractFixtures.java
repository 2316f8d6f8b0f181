package io.kinrealm.testing.contract;

import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.account.Username;
import io.kinrealm.domain.shared.AccountId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Fresh test data for the port contracts. Every name is derived from a random UUID, so contract runs can share one
 * database without seeing each other's rows; every instant has microsecond precision, as PostgreSQL keeps it.
 */
public final class ContractFixtures {
    /** A fixed moment of the game world, at microsecond precision. */
    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00.123456Z").truncatedTo(ChronoUnit.MICROS);

    private ContractFixtures() {
    }

    /** {@code count} random lowercase letters (a to p), at most 32. */
    public static String letters(int count) {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + Character.digit(hex.charAt(i), 16)));
        }
        return letters.toString();
    }

    /** A username no other test run uses, in mixed case. */
    public static Username aUsername() {
        return new Username("Aria" + letters(16));
    }

    /** A new player account with a fresh id and username, opened at {@link #NOW}. */
    public static Account anAccount() {
        return Account.open(new AccountId(UUID.randomUUID()), aUsername(), "$2a$04$hash-" + letters(8), NOW);
    }
}
