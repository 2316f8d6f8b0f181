package io.kinrealm.domain.shared;

/**
 * What a combatant brings to a fight: its maximum hit points, attack, defence and speed (initiative is speed plus a
 * d20). Characters' companions have theirs from the rule book; combat reads them when a battle starts.
 *
 * @param maxHp   hit points when unhurt, at least 1
 * @param attack  what its strikes put in, 0 or more
 * @param defence what takes strikes off (half of it is subtracted from an attacker's attack), 0 or more
 * @param speed   how early it acts, 0 or more
 */
public record Stats(int maxHp, int attack, int defence, int speed) {
    public Stats {
        if (maxHp < 1) {
            throw new IllegalArgumentException("max hp must be at least 1");
        }
        if (attack < 0 || defence < 0 || speed < 0) {
            throw new IllegalArgumentException("attack, defence and speed must not be negative");
        }
    }
}
