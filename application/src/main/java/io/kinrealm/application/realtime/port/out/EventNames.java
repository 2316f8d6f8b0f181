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
    /** The internal channel on which nodes learn that a character's dominant faction changed. */
    public static final String ALIGNMENTS_CHANNEL = "sys:alignments";
    /**
     * A character's dominant faction changed; data {@code characterId}, {@code from} and {@code to} (faction ids, or
     * {@code unaligned}).
     */
    public static final String ALIGNMENT_CHANGED = "alignment.changed";

    private EventNames() {
    }
}
