package io.kinrealm.domain.family;

/**
 * How much each bond event moves every pair it concerns.
 *
 * @param sharedVictory   a battle won together, for each pair whose two members both stand at the end (+3)
 * @param gift            a gift from the player to one companion, on their bond (+5)
 * @param protection      one member protected another, on their bond (+4)
 * @param abandonment     a companion downed in a lost battle, on each of its bonds (-8)
 * @param conflictingDeed a deed of the faction opposite to a companion's leaning, on each of its bonds (-5)
 */
public record BondDeltas(int sharedVictory, int gift, int protection, int abandonment, int conflictingDeed) {

    /** The rules sheet: +3, +5, +4, -8, -5. */
    public static BondDeltas defaults() {
        return new BondDeltas(3, 5, 4, -8, -5);
    }
}
