package io.kinrealm.bootstrap.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.client.KinrealmClient;
import io.kinrealm.adapters.client.KinrealmError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** A player's chat over the protocol, and the sequences and texts a test expects back. */
final class Chat {
    private static final long REPLY_SECONDS = 10;
    private static final String RATE_LIMITED = "rate_limited";

    private Chat() {
    }

    /**
     * Joins with a plain {@code room.join} request: the client filters duplicates only on channels joined with its
     * own {@code join}, so on this one a test sees exactly what the server sent.
     */
    static JsonNode join(KinrealmClient client, String channel) {
        return reply(client.request("room.join", Map.of("ch", channel)));
    }

    /**
     * Sends {@code prefix1 .. prefixN} one after the other, each after the previous one's reply, and answers the
     * seqs the replies gave. A request refused as {@code rate_limited} (50 per second per connection) was not carried
     * out: it is sent again a moment later.
     */
    static List<Long> say(KinrealmClient client, String channel, String prefix, int count) {
        List<Long> seqs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            seqs.add(say(client, channel, prefix + i));
        }
        return seqs;
    }

    static long say(KinrealmClient client, String channel, String text) {
        while (true) {
            try {
                return reply(client.send(channel, text, null)).get("seq").asLong();
            } catch (KinrealmError e) {
                if (!RATE_LIMITED.equals(e.code())) {
                    throw e;
                }
                Eventually.pause(25);
            }
        }
    }

    static List<String> texts(String prefix, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> prefix + i).toList();
    }

    /** The batches' texts one after the other. */
    @SafeVarargs
    static List<String> inOrder(List<String>... batches) {
        return Stream.of(batches).flatMap(List::stream).toList();
    }

    static List<Long> seqs(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    /** Waits for a reply; a refusal is thrown as the {@link KinrealmError} it is. */
    static JsonNode reply(CompletableFuture<JsonNode> pending) {
        try {
            return pending.get(REPLY_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof KinrealmError error) {
                throw error;
            }
            throw new AssertionError("the request failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no reply within " + REPLY_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
