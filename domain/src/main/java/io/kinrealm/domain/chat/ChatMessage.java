package io.kinrealm.domain.chat;

import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored chat message. Its sequence number is its place in its channel: 1, 2, 3 ... without gaps, so a client that
 * saw message n knows exactly what it missed.
 *
 * @param language the id of the tongue it was written in ({@code common}, {@code draconic} ...)
 */
public record ChatMessage(ChannelName channel, long seq, CharacterId sender, String senderName, String language,
                          MessageText text, Instant sentAt) {
    public ChatMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(senderName, "sender name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sent at");
        if (seq < 1) {
            throw new IllegalArgumentException("a stored message's seq starts at 1");
        }
    }
}
