package io.kinrealm.acceptance.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.acceptance.World;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreatedCharacter;
import io.kinrealm.application.family.FamilyUseCases;
import io.kinrealm.application.family.port.in.FamilyDetailsView;
import io.kinrealm.application.family.port.in.GiveGiftUseCase.GiveGift;
import io.kinrealm.application.family.port.in.ReadFamilyUseCase.ReadFamily;
import io.kinrealm.application.family.port.in.RecordDeedUseCase.RecordDeed;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.Outcome;
import java.time.Duration;
import java.util.Locale;

/**
 * What the glue knows of the scenario's families: who heads which, how their bonds read now, and how to bring a bond
 * to a value a scenario starts from with nothing but what the game offers (gifts raise a bond with a companion by 5,
 * a deed the companion opposes lowers it by 5, and neglect takes 1 a day after 3 quiet days).
 */
public final class Households {
    private static final int GIFT = 5;
    private static final int QUIET_DAYS = 3;
    private static final int NEGLECT_FLOOR = 20;

    private final World world;

    public Households(World world) {
        this.world = world;
    }

    public FamilyUseCases families() {
        return world.kinrealm().families();
    }

    public CharacterId character(String name) {
        return CharacterId.parse(birthOf(name).character().id()).orElseThrow();
    }

    public FamilyId familyOf(String name) {
        return FamilyId.parse(birthOf(name).family().id()).orElseThrow();
    }

    /** The family headed by {@code owner}, as its owner reads it now. */
    public FamilyDetailsView read(String owner) {
        return World.done(readAs(owner, owner));
    }

    public Outcome<FamilyDetailsView> readAs(String reader, String owner) {
        return families().readFamily().read(new ReadFamily(character(reader), familyOf(owner)));
    }

    public FamilyDetailsView.BondView bond(String owner, String between) {
        String pair = pairOf(between);
        return read(owner).bonds().stream().filter(bond -> bond.pair().equals(pair)).findFirst()
                .orElseThrow(() -> new AssertionError("a family has no bond " + between));
    }

    public Outcome<FamilyDetailsView> giveGift(String giver, String owner, String companion) {
        return families().giveGift().give(new GiveGift(character(giver), familyOf(owner), companionId(companion)));
    }

    /**
     * Brings the bond between {@code owner} and {@code companion} to {@code target}: gifts or opposed deeds to the
     * nearest multiple of 5 at or above it, then quiet days for the rest (neglect stops at 20).
     */
    public void bringBond(String owner, String companion, int target) {
        int start = bond(owner, companion).value();
        int rounded = target < NEGLECT_FLOOR ? target : (target + GIFT - 1) / GIFT * GIFT;
        assertThat((rounded - start) % GIFT).as("a bond of %d cannot be reached from %d", target, start).isZero();
        for (int value = start; value < rounded; value += GIFT) {
            World.done(giveGift(owner, owner, companion));
        }
        for (int value = start; value > rounded; value -= GIFT) {
            World.done(families().recordDeed().record(new RecordDeed(character(owner), opposedDeed(companion))));
        }
        if (rounded > target) {
            world.clock().letPass(Duration.ofDays(QUIET_DAYS + rounded - target));
        }
        assertThat(bond(owner, companion).value()).as("%s's bond with %s", owner, companion).isEqualTo(target);
    }

    /** A name as the game shows it: {@code close} reads Close. */
    public static String shown(String id) {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    /** The pair a designer names: Ashnar, Iril (with the head of the family) or "Ashnar and Iril". */
    public static String pairOf(String between) {
        return switch (between) {
            case "Ashnar" -> "player_ashnar";
            case "Iril" -> "player_iril";
            case "Ashnar and Iril" -> "ashnar_iril";
            default -> throw new AssertionError("a family has no bond with " + between);
        };
    }

    public static String companionId(String companion) {
        return companion.toLowerCase(Locale.ROOT);
    }

    /** Ashnar leans Chaos and frowns on kept oaths; Iril leans Order and frowns on broken ones. */
    private static String opposedDeed(String companion) {
        return switch (companion) {
            case "Ashnar" -> "keep_oath";
            case "Iril" -> "break_oath";
            default -> throw new AssertionError("only Ashnar's and Iril's bonds can be strained by a deed");
        };
    }

    private CreatedCharacter birthOf(String name) {
        return world.birthOf(name).orElseThrow(() -> new AssertionError(name + " was never born"));
    }
}
