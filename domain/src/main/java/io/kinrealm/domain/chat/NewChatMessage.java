package io.kinrealm.domain.chat;

import io.kinrealm.domain.shared.CharacterId;
import java.time.Instant;
import java.util.Objects;

/** A message about to be stored; the chat log gives it its sequence number. */
public record NewChatMessage(ChannelName channel, CharacterId sender, String senderName, String language,
                             MessageText text, Instant sentAt) {
    public NewChatMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(senderName, "sender name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sent at");
    }

    /** The stored message with the sequence number its channel gave it. */
    public ChatMessage stored(long seq) {
        return new ChatMessage(channel, seq, sender, senderName, language, text, sentAt);
    }
}
