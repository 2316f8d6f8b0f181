package io.kinrealm.application.realtime.port.out;

/** The names of channel events and internal channels that the core publishes and drivers listen for. */
public final class EventNames {
    /** A chat message was stored on a channel (sequenced). */
    public static final String CHAT_MESSAGE = "chat.message";
    /** A character came online or went offline (to its family channel). */
    public static final String PRESENCE_CHANGED = "presence.changed";
    /** The internal channel on which nodes learn that a login ended. */
    public static final String LOGINS_CHANNEL = "sys:logins";
    /** A login ended (logged out, or revoked for a replayed refresh token); data {@code loginId}. */
    public static final String LOGIN_REVOKED = "login.revoked";
    /** The internal channel on which nodes learn that a character may have lost the right to some channels. */
    public static final String ACCESS_CHANNEL = "sys:access";
    /**
     * A character's channel rights changed: its dominant faction shifted (data {@code characterId}, {@code reason}
     * {@code alignment}, {@code from} and {@code to}: faction ids or {@code unaligned}), or a family revoked its kin
     * access (data {@code characterId}, {@code reason} {@code kin}, {@code family}).
     */
    public static final String ACCESS_CHANGED = "access.changed";

    /** The internal channel on which nodes learn that a character reads chat differently now. */
    public static final String READERS_CHANNEL = "sys:readers";
    /**
     * A character's comprehension profile may have changed (it learned a tongue, or its bond with Iril changed tier);
     * data {@code characterId}.
     */
    public static final String READER_CHANGED = "reader.changed";

    private EventNames() {
    }
}
