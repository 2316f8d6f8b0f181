package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.chat.port.in.ChatHistoryUseCase;
import io.kinrealm.application.chat.port.in.ChatMessageView;
import io.kinrealm.application.chat.port.in.SendChatMessageUseCase;
import io.kinrealm.application.chat.port.in.SendChatMessageUseCase.SendChatMessage;
import io.kinrealm.domain.shared.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code chat.send} (only on a channel the connection is on; the reply is the stored message with its seq) and
 * {@code chat.history} (any channel the character may join).
 */
final class ChatOps {
    private final SendChatMessageUseCase sendChatMessage;
    private final ChatHistoryUseCase chatHistory;
    private final Frames frames;

    ChatOps(SendChatMessageUseCase sendChatMessage, ChatHistoryUseCase chatHistory, Frames frames) {
        this.frames = frames;
        this.sendChatMessage = sendChatMessage;
        this.chatHistory = chatHistory;
    }

    Object send(Connection connection, Request request) {
        Args args = new Args(request.d());
        String channel = args.text("ch");
        String text = args.text("text");
        String lang = args.optionalText("lang");
        args.validate();
        if (!connection.channels().contains(channel)) {
            throw OpRefused.notInChannel(channel);
        }
        Identity me = connection.identity().orElseThrow();
        ChatMessageView sent = OpRefused.valueOf(sendChatMessage.send(
                new SendChatMessage(me.character(), channel, text, lang)));
        return sent.asEventData();
    }

    Object history(Connection connection, Request request) {
        Args args = new Args(request.d());
        String channel = args.text("ch");
        long before = args.optionalCount("before", 0);
        long limit = args.optionalCount("limit", 0);
        if (limit > Integer.MAX_VALUE) {
            args.problem(new FieldProblem("limit", "range", "A page has 1 to 100 messages."));
        }
        args.validate();
        Identity me = connection.identity().orElseThrow();
        List<ChatMessageView> page = OpRefused.valueOf(chatHistory.history(me.character(), channel, before,
                (int) limit));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ch", channel);
        data.put("messages", page.stream()
                .map(view -> frames.readAs(view.asEventData(), connection.reader())).toList());
        return data;
    }
}
