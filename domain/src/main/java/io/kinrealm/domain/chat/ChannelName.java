package io.kinrealm.domain.chat;

import io.kinrealm.domain.divine.Faction;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Ids;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a chat and event channel, as players and the protocol write it ({@code global}, {@code room:trade},
 * {@code family:<id>}, {@code dm:<a>:<b>} ...). Only well-formed names can be built; {@link #parse} is the way in
 * from untrusted text.
 *
 * @param value   the full name
 * @param kind    what kind of channel it is
 * @param subject the part after the prefix (room name, family id, ...); empty for {@code global}
 */
public record ChannelName(String value, ChannelKind kind, String subject) {
    private static final Pattern ROOM = Pattern.compile("[a-z0-9-]{3,32}");
    private static final Pattern ID_WORD = Pattern.compile("[a-z][a-z0-9_]{1,31}");
    private static final String OFFICERS = ":officers";

    public static final ChannelName GLOBAL = new ChannelName("global", ChannelKind.GLOBAL, "");

    public ChannelName {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (!subjectFits(kind, subject) || !value.equals(render(kind, subject))) {
            throw new IllegalArgumentException("not a channel name: " + value);
        }
    }

    /**
     * Reads a channel name a client sent; empty when it is not one. Ids are read in lower case, so
     * {@code family:8F3C...} and {@code family:8f3c...} are the same channel.
     */
    public static Optional<ChannelName> parse(String text) {
        if (text == null || text.length() > 128) {
            return Optional.empty();
        }
        if (text.equals("global")) {
            return Optional.of(GLOBAL);
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String prefix = text.substring(0, colon);
        String rest = text.substring(colon + 1);
        Optional<ChannelKind> kind = switch (prefix) {
            case "room" -> Optional.of(ChannelKind.ROOM);
            case "family" -> Optional.of(ChannelKind.FAMILY);
            case "party" -> Optional.of(ChannelKind.PARTY);
            case "combat" -> Optional.of(ChannelKind.COMBAT);
            case "guild" -> Optional.of(rest.endsWith(OFFICERS) ? ChannelKind.GUILD_OFFICERS : ChannelKind.GUILD);
            case "faction" -> Optional.of(ChannelKind.FACTION);
            case "civ" -> Optional.of(ChannelKind.CIV);
            case "dm" -> Optional.of(ChannelKind.DM);
            default -> Optional.empty();
        };
        return kind.flatMap(k -> {
            String subject = subjectOf(k, rest);
            return subjectFits(k, subject) ? Optional.of(new ChannelName(render(k, subject), k, subject))
                    : Optional.empty();
        });
    }

    private static String subjectOf(ChannelKind kind, String rest) {
        return switch (kind) {
            case GUILD_OFFICERS -> rest.substring(0, rest.length() - OFFICERS.length()).toLowerCase(Locale.ROOT);
            case FAMILY, PARTY, COMBAT, GUILD, DM -> rest.toLowerCase(Locale.ROOT);
            default -> rest;
        };
    }

    private static boolean subjectFits(ChannelKind kind, String subject) {
        return switch (kind) {
            case GLOBAL -> subject.isEmpty();
            case ROOM -> ROOM.matcher(subject).matches();
            case FAMILY, PARTY, COMBAT, GUILD, GUILD_OFFICERS -> isLowerUuid(subject);
            case FACTION -> Faction.fromId(subject).isPresent();
            case CIV -> ID_WORD.matcher(subject).matches();
            case DM -> isSortedPair(subject);
        };
    }

    private static String render(ChannelKind kind, String subject) {
        return switch (kind) {
            case GLOBAL -> "global";
            case GUILD_OFFICERS -> "guild:" + subject + OFFICERS;
            default -> kind.id() + ":" + subject;
        };
    }

    private static boolean isLowerUuid(String text) {
        return Ids.parseUuid(text).isPresent() && text.equals(text.toLowerCase(Locale.ROOT));
    }

    private static boolean isSortedPair(String text) {
        String[] ids = text.split(":", -1);
        return ids.length == 2 && isLowerUuid(ids[0]) && isLowerUuid(ids[1]) && ids[0].compareTo(ids[1]) < 0;
    }

    /** The channel of a family. */
    public static ChannelName family(io.kinrealm.domain.shared.FamilyId family) {
        return new ChannelName("family:" + family, ChannelKind.FAMILY, family.toString());
    }

    /** The channel of a faction, open to the characters whose dominant faction it is. */
    public static ChannelName faction(Faction faction) {
        return new ChannelName("faction:" + faction.id(), ChannelKind.FACTION, faction.id());
    }

    /** The direct channel of two characters, whichever of them is named first. */
    public static ChannelName direct(CharacterId one, CharacterId other) {
        String a = one.toString();
        String b = other.toString();
        String pair = a.compareTo(b) <= 0 ? a + ":" + b : b + ":" + a;
        return new ChannelName("dm:" + pair, ChannelKind.DM, pair);
    }

    /** For a direct channel, whether the character is one of its two ends. */
    public boolean isDirectBetween(CharacterId character) {
        return kind == ChannelKind.DM && List.of(subject.split(":")).contains(character.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
