package io.kinrealm.acceptance.realtime;

import io.kinrealm.adapters.client.CloseInfo;
import io.kinrealm.adapters.client.KinrealmClient;
import io.kinrealm.adapters.client.ResumeResult;
import io.kinrealm.adapters.client.ServerEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything one game client was told, in arrival order: the chat lines it heard, how its connections ended, and what
 * its resumes after a reconnect gave. Filled on the client's dispatcher, read by the steps: thread-safe.
 */
final class Hearing {
    private static final String CHAT_MESSAGE = "chat.message";

    private final List<ServerEvent> events = new CopyOnWriteArrayList<>();
    private final List<CloseInfo> closes = new CopyOnWriteArrayList<>();
    private final List<ResumeResult> resumes = new CopyOnWriteArrayList<>();

    /** A chat message as the player sees it. */
    record ChatLine(String channel, long seq, String speaker, String text) {
    }

    void listenTo(KinrealmClient client) {
        client.onEvent("*", events::add);
        client.onClose(closes::add);
        client.onResume(resumes::add);
    }

    /** Every chat line heard, on any channel, in the order they arrived. */
    List<ChatLine> lines() {
        return events.stream().filter(event -> CHAT_MESSAGE.equals(event.ev()))
                .map(event -> new ChatLine(event.ch(), event.seq() == null ? 0 : event.seq(),
                        event.d().path("senderName").asText(), event.d().path("text").asText()))
                .toList();
    }

    /** The chat lines heard from one speaker, on any channel, in the order they arrived. */
    List<ChatLine> linesFrom(String speaker) {
        return lines().stream().filter(line -> line.speaker().equals(speaker)).toList();
    }

    /** How the last connection ended, if one did. */
    Optional<CloseInfo> lastClose() {
        return closes.isEmpty() ? Optional.empty() : Optional.of(closes.getLast());
    }

    List<CloseInfo> closes() {
        return List.copyOf(closes);
    }

    /** How many resume results came so far: a mark to tell later resumes from earlier ones. */
    int resumeCount() {
        return resumes.size();
    }

    /** What a resume after the mark gave on a channel, once it came. */
    Optional<ResumeResult> resumeSince(int mark, String channel) {
        return resumes.subList(Math.min(mark, resumes.size()), resumes.size()).stream()
                .filter(result -> result.channel().equals(channel)).findFirst();
    }
}
