package io.kinrealm.acceptance.accounts;

/** Passwords made of a number of letters of one kind, as the password examples describe them. */
final class LetterPasswords {
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyz";
    private static final String ACCENTED = "éàüöçñåø";
    private static final String RUNIC = "ᚠᚢᚦᚨᚱᚲᚷᚹ";

    private LetterPasswords() {
    }

    /** {@code count} letters of a kind: plain (one byte each), accented (two) or runic (three). */
    static String of(int count, String kind) {
        String alphabet = switch (kind) {
            case "plain" -> PLAIN;
            case "accented" -> ACCENTED;
            case "runic" -> RUNIC;
            default -> throw new IllegalArgumentException("no letters of kind " + kind);
        };
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < count; i++) {
            password.append(alphabet.charAt(i % alphabet.length()));
        }
        return password.toString();
    }
}
