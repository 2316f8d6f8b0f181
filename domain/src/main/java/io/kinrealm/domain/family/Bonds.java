package io.kinrealm.domain.family;

/** The values of a family's three bonds, each from 0 to 100. */
public record Bonds(int playerAshnar, int playerIril, int ashnarIril) {
    public static final int MIN = 0;
    public static final int MAX = 100;

    public Bonds {
        check(playerAshnar, "player-Ashnar");
        check(playerIril, "player-Iril");
        check(ashnarIril, "Ashnar-Iril");
    }

    private static void check(int value, String pair) {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("bond " + pair + " must be 0..100, was " + value);
        }
    }

    public int of(BondPair pair) {
        return switch (pair) {
            case PLAYER_ASHNAR -> playerAshnar;
            case PLAYER_IRIL -> playerIril;
            case ASHNAR_IRIL -> ashnarIril;
        };
    }

    /** These bonds with one pair set to {@code value}. */
    public Bonds with(BondPair pair, int value) {
        return new Bonds(pair == BondPair.PLAYER_ASHNAR ? value : playerAshnar,
                pair == BondPair.PLAYER_IRIL ? value : playerIril,
                pair == BondPair.ASHNAR_IRIL ? value : ashnarIril);
    }

    /** These bonds with one pair moved by {@code delta}, clamped to 0..100 as the rules sheet says. */
    public Bonds shifted(BondPair pair, int delta) {
        long moved = (long) of(pair) + delta;
        return with(pair, (int) Math.max(MIN, Math.min(MAX, moved)));
    }
}
