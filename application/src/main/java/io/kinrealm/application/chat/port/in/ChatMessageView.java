package io.kinrealm.application.chat.port.in;

import io.kinrealm.domain.chat.ChatMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/** A chat message as players receive it, in replies and in {@code chat.message} events alike. */
public record ChatMessageView(String channel, long seq, String senderId, String senderName, String lang, String text,
                              String sentAt) {

    public static ChatMessageView of(ChatMessage message) {
        return new ChatMessageView(message.channel().value(), message.seq(), message.sender().toString(),
                message.senderName(), message.language(), message.text().value(), message.sentAt().toString());
    }

    /** The same fields as an event payload. */
    public Map<String, Object> asEventData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("channel", channel);
        data.put("seq", seq);
        data.put("senderId", senderId);
        data.put("senderName", senderName);
        data.put("lang", lang);
        data.put("text", text);
        data.put("sentAt", sentAt);
        return data;
    }
}
