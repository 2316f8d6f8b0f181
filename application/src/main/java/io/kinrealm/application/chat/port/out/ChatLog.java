package io.kinrealm.application.chat.port.out;

import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.chat.ChatMessage;
import io.kinrealm.domain.chat.NewChatMessage;
import java.util.List;

/**
 * Every stored chat message, per channel, in sequence. Appending gives a message the next sequence number of its
 * channel (1, 2, 3 ... without gaps), atomically across every node. A store may keep only the most recent messages
 * of a channel; what it no longer holds is simply not returned.
 */
public interface ChatLog {

    ChatMessage append(NewChatMessage message);

    /** Up to {@code limit} messages with a sequence number below {@code beforeSeq}, newest first. */
    List<ChatMessage> before(ChannelName channel, long beforeSeq, int limit);

    /** Up to {@code limit} messages with a sequence number above {@code afterSeq}, oldest first. */
    List<ChatMessage> after(ChannelName channel, long afterSeq, int limit);

    /** The sequence number of the channel's last message; 0 when it has none. */
    long lastSeq(ChannelName channel);
}
