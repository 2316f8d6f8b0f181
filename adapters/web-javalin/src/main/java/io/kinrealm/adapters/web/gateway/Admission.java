package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.chat.port.in.ChatMessageView;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * How a connection is put on a channel: it has seen the channel up to {@code after}, it is owed the {@code backlog}
 * (messages after that, oldest first: what a resume replays), {@code first} runs before anything of the channel is
 * sent to it (a join's reply), and {@code onLive} just before live events start to reach it, with the last sequence
 * number it has then been given.
 */
record Admission(long after, List<ChatMessageView> backlog, Runnable first, LongConsumer onLive) {

    Admission {
        backlog = List.copyOf(backlog);
    }

    /** The newest sequence number this admission knows the channel to have reached. */
    long known() {
        return backlog.isEmpty() ? after : Math.max(after, backlog.getLast().seq());
    }
}
