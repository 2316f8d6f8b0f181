package io.kinrealm.domain.chat;

import java.util.Locale;

/** The kinds of channel the world has, by the prefix of their names. */
public enum ChannelKind {
    /** {@code global}: everyone. */
    GLOBAL,
    /** {@code room:<name>}: public named rooms anyone may join (trade, looking for group). */
    ROOM,
    /** {@code family:<familyId>}: a family's owner and kin. */
    FAMILY,
    /** {@code guild:<id>}: a guild's members. */
    GUILD,
    /** {@code guild:<id>:officers}: a guild's officers. */
    GUILD_OFFICERS,
    /** {@code party:<id>}: a party's members. */
    PARTY,
    /** {@code faction:<order|chaos|void>}: characters whose dominant faction it is. */
    FACTION,
    /** {@code civ:<civilizationId>}: characters born into that civilization. */
    CIV,
    /** {@code dm:<a>:<b>}: two characters, ids sorted. */
    DM,
    /** {@code combat:<battleId>}: a battle's participants. */
    COMBAT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
