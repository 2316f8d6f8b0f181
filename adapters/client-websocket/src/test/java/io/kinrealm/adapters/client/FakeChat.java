package io.kinrealm.adapters.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The chat state of the fake server, shared by the fake nodes of one test: per channel the stored messages with
 * gapless sequence numbers and the member connections of every node. Callers hold its monitor, so storing a
 * message and pushing it to every member happen in one step, in sequence order.
 */
public final class FakeChat {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<ObjectNode>> messages = new HashMap<>();
    private final Map<String, Set<FakeConnection>> members = new HashMap<>();
    private final Map<String, Long> forgottenUpTo = new HashMap<>();

    synchronized long lastSeq(String channel) {
        return messages.getOrDefault(channel, List.of()).size();
    }

    /** A message from another player. */
    synchronized ObjectNode publish(String channel, String text) {
        return append(channel, "other", text, stored -> { });
    }

    /** Stores a message, answers the sender, then pushes it to every member connection, the sender's too. */
    synchronized ObjectNode append(String channel, String sender, String text, Consumer<ObjectNode> reply) {
        List<ObjectNode> list = messages.computeIfAbsent(channel, key -> new ArrayList<>());
        ObjectNode message = JSON.createObjectNode().put("channel", channel).put("seq", list.size() + 1L)
                .put("senderId", sender).put("senderName", sender).put("lang", "common").put("text", text)
                .put("sentAt", "2026-11-25T12:00:00Z");
        list.add(message);
        reply.accept(message);
        for (FakeConnection member : members.getOrDefault(channel, Set.of())) {
            member.push("chat.message", channel, message);
        }
        return message;
    }

    /** Pushes an event that is not a stored message (no seq) to every member connection of the channel. */
    synchronized void broadcast(String channel, String ev, ObjectNode data) {
        members.getOrDefault(channel, Set.of()).forEach(member -> member.push(ev, channel, data));
    }

    synchronized void join(String channel, FakeConnection connection) {
        members.computeIfAbsent(channel, key -> new LinkedHashSet<>()).add(connection);
    }

    synchronized void leave(String channel, FakeConnection connection) {
        members.getOrDefault(channel, new LinkedHashSet<>()).remove(connection);
    }

    synchronized void leaveAll(FakeConnection connection) {
        members.values().forEach(set -> set.remove(connection));
    }

    synchronized boolean isMember(String channel, FakeConnection connection) {
        return members.getOrDefault(channel, Set.of()).contains(connection);
    }

    /** The store drops every message up to {@code seq}: a resume from before it cannot be recovered. */
    synchronized void forgetUpTo(String channel, long seq) {
        forgottenUpTo.put(channel, seq);
    }

    /** The messages after {@code afterSeq}, or null when some of them are forgotten. */
    synchronized List<ObjectNode> after(String channel, long afterSeq) {
        if (forgottenUpTo.getOrDefault(channel, 0L) > afterSeq) {
            return null;
        }
        List<ObjectNode> list = messages.getOrDefault(channel, List.of());
        return List.copyOf(list.subList((int) Math.min(Math.max(afterSeq, 0), list.size()), list.size()));
    }
}
