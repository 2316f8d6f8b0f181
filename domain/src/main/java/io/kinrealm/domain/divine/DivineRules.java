package io.kinrealm.domain.divine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The divine-alignment numbers designers may tune, and the rules that read them.
 *
 * @param dominantFromPercent        smallest share, in percent, that makes the largest faction dominant
 * @param devoutFromPercent          smallest dominant share, in percent, that makes a character devout
 * @param deeds                      every deed and the devotion it earns
 * @param influenceDivisor           a deed done in a map section adds its points divided by this as influence
 * @param lowHealthBelowPercent      a god only intervenes while HP is below this percent of max HP
 * @param chanceAtDevoutPercent      intervention chance, in percent, for a character exactly at the devout share
 * @param chanceAtFullPercent        intervention chance, in percent, for a character wholly devoted to one faction
 */
public record DivineRules(int dominantFromPercent, int devoutFromPercent, DeedCatalog deeds, int influenceDivisor,
                          int lowHealthBelowPercent, int chanceAtDevoutPercent, int chanceAtFullPercent) {
    public DivineRules {
        Objects.requireNonNull(deeds, "deeds");
        if (!(0 < dominantFromPercent && dominantFromPercent <= devoutFromPercent && devoutFromPercent < 100)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < dominant <= devout < 100");
        }
        if (influenceDivisor < 1 || lowHealthBelowPercent < 1 || lowHealthBelowPercent > 100) {
            throw new IllegalArgumentException("influence divisor must be positive, low health within 1..100");
        }
        if (!(0 <= chanceAtDevoutPercent && chanceAtDevoutPercent <= chanceAtFullPercent
                && chanceAtFullPercent <= 100)) {
            throw new IllegalArgumentException("intervention chances must rise within 0..100");
        }
    }

    /**
     * The rules sheet: dominant from 40%, devout from 60%, the sheet's deed catalog, influence = points / 10,
     * intervention below 25% HP with a chance of 5% at 60% share rising to 25% at 100%.
     */
    public static DivineRules defaults() {
        return new DivineRules(40, 60, DeedCatalog.defaults(), 10, 25, 5, 25);
    }

    /**
     * Dominant faction: the one with the largest share, if that share is at least {@link #dominantFromPercent};
     * otherwise, or when two factions tie for the largest share, or without any points, the character is Unaligned.
     * Devout: the dominant share is at least {@link #devoutFromPercent}.
     */
    public Alignment alignmentOf(Devotion devotion) {
        Shares shares = Shares.of(devotion);
        List<Faction> top = leaders(devotion);
        if (devotion.total() == 0 || top.size() > 1) {
            return Alignment.unaligned();
        }
        Share share = shares.of(top.getFirst());
        if (!share.isAtLeastPercent(dominantFromPercent)) {
            return Alignment.unaligned();
        }
        return Alignment.dominatedBy(top.getFirst(), share.isAtLeastPercent(devoutFromPercent));
    }

    /** The influence a deed done in a map section adds there: its points divided by {@link #influenceDivisor}. */
    public SectionInfluence influenceOf(Deed deed) {
        Map<Faction, BigDecimal> influence = new EnumMap<>(Faction.class);
        BigDecimal divisor = BigDecimal.valueOf(influenceDivisor);
        for (Faction faction : Faction.values()) {
            influence.put(faction, BigDecimal.valueOf(deed.pointsFor(faction)).divide(divisor, 4, RoundingMode.DOWN)
                    .stripTrailingZeros());
        }
        return new SectionInfluence(influence);
    }

    /**
     * Divine intervention: at the start of a devout character's turn with HP below {@link #lowHealthBelowPercent} of
     * max HP, its god intervenes with a chance rising linearly from {@link #chanceAtDevoutPercent} at the devout share
     * to {@link #chanceAtFullPercent} at a share of 100% (sheet: 5% + 20% * (share - 0.6) / 0.4). Otherwise none.
     */
    public InterventionOdds interventionOdds(Devotion devotion, int hp, int maxHp) {
        if (maxHp < 1 || hp < 0 || hp > maxHp) {
            throw new IllegalArgumentException("HP lies within 0..max HP, and max HP is positive");
        }
        Alignment alignment = alignmentOf(devotion);
        boolean lowHealth = (long) hp * 100 < (long) lowHealthBelowPercent * maxHp;
        if (!alignment.devout() || !lowHealth) {
            return InterventionOdds.none();
        }
        Faction faction = alignment.dominant().orElseThrow();
        double aboveDevout = (Shares.of(devotion).of(faction).asPercent() - devoutFromPercent)
                / (100 - devoutFromPercent);
        double percent = chanceAtDevoutPercent + (chanceAtFullPercent - chanceAtDevoutPercent) * aboveDevout;
        return InterventionOdds.of(DivineIntervention.of(faction), Math.min(1, percent / 100));
    }

    private static List<Faction> leaders(Devotion devotion) {
        int most = Stream.of(Faction.values()).mapToInt(devotion::pointsOf).max().orElseThrow();
        return Stream.of(Faction.values()).filter(faction -> devotion.pointsOf(faction) == most).toList();
    }
}
