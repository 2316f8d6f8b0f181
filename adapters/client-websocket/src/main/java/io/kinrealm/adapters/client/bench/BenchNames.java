package io.kinrealm.adapters.client.bench;

import java.util.random.RandomGenerator;

/**
 * Names of one run's accounts, characters and rooms. Character names must be 3 to 16 letters, unique in the world,
 * so the run id and the client's index are written in letters (base 26).
 */
final class BenchNames {
    static final int CHARACTERS_PER_ACCOUNT = 8;
    private static final int RUN_ID_LETTERS = 5;
    private static final int INDEX_LETTERS = 4;

    private BenchNames() {
    }

    /** Five random lowercase letters. */
    static String runId(RandomGenerator random) {
        return letters(random.nextLong(pow26(RUN_ID_LETTERS)), RUN_ID_LETTERS);
    }

    /** {@code n} in base 26 with the digits a-z, left-padded with 'a' to {@code width}. */
    static String letters(long n, int width) {
        if (n < 0 || n >= pow26(width)) {
            throw new IllegalArgumentException(n + " does not fit in " + width + " letters");
        }
        char[] out = new char[width];
        long rest = n;
        for (int i = width - 1; i >= 0; i--) {
            out[i] = (char) ('a' + rest % 26);
            rest /= 26;
        }
        return new String(out);
    }

    static int accounts(int clients) {
        return (clients + CHARACTERS_PER_ACCOUNT - 1) / CHARACTERS_PER_ACCOUNT;
    }

    static String username(String runId, int account) {
        return "bench-" + runId + "-" + account;
    }

    /** "Bn" + run id + index: 11 letters, room for 456,976 clients per run. */
    static String characterName(String runId, int client) {
        return "Bn" + runId + letters(client, INDEX_LETTERS);
    }

    static String room(String runId, int room) {
        return "room:bench-" + runId + "-" + room;
    }

    static long maxClients() {
        return pow26(INDEX_LETTERS);
    }

    private static long pow26(int width) {
        long result = 1;
        for (int i = 0; i < width; i++) {
            result *= 26;
        }
        return result;
    }
}
