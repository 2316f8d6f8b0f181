package io.kinrealm.application.chat.port.in;

import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;

/**
 * A character says something on a channel. The message is stored with its sequence number before the answer, then
 * pushed to everyone on the channel on every node.
 */
public interface SendChatMessageUseCase {

    Outcome<ChatMessageView> send(SendChatMessage command);

    /** @param language the tongue's id; {@code common} when null */
    record SendChatMessage(CharacterId sender, String channel, String text, String language) {
    }
}
