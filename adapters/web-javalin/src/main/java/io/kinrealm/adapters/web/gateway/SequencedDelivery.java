package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.chat.port.in.ChatMessageView;
import io.kinrealm.application.chat.port.in.ReplayChannelUseCase;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's position in one sequenced channel, and what to deliver so that it moves without gap or duplicate: an
 * event at or below the position is a duplicate; one further ahead than the next number is preceded by what the
 * chat log holds in between. Not thread-safe: its channel calls it from its serial executor only.
 */
final class SequencedDelivery {
    static final int REPLAY_PAGE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(SequencedDelivery.class);

    private final String channel;
    private final ReplayChannelUseCase replay;
    private final Frames frames;
    private long lastSeq;

    SequencedDelivery(String channel, long lastSeq, ReplayChannelUseCase replay, Frames frames) {
        this.channel = channel;
        this.lastSeq = lastSeq;
        this.replay = replay;
        this.frames = frames;
    }

    long lastSeq() {
        return lastSeq;
    }

    boolean isDuplicate(long seq) {
        return seq <= lastSeq;
    }

    /**
     * What to deliver, in order, for an event of the bus: the stored messages it skipped, then the event; nothing
     * when it is a duplicate, or when the skipped messages cannot be read now (the next event or loss retries).
     */
    List<Sequenced> accept(long seq, Delivery frame) {
        if (isDuplicate(seq)) {
            return List.of();
        }
        List<Sequenced> out = new ArrayList<>();
        if (seq > lastSeq + 1) {
            List<Sequenced> skipped = stored(lastSeq, seq - 1);
            if (skipped == null) {
                return List.of();
            }
            advance(skipped, out);
        }
        if (seq > lastSeq) {
            out.add(new Sequenced(seq, frame));
            lastSeq = seq;
        }
        return out;
    }

    /** Everything the chat log holds after the node's position (after the bus may have lost events). */
    List<Sequenced> backfill() {
        List<Sequenced> found = stored(lastSeq, Long.MAX_VALUE);
        List<Sequenced> out = new ArrayList<>();
        if (found != null) {
            advance(found, out);
        }
        return out;
    }

    /** The stored messages with {@code after < seq <= upTo}, oldest first; null when the log cannot be read. */
    List<Sequenced> stored(long after, long upTo) {
        List<Sequenced> found = new ArrayList<>();
        long position = after;
        try {
            while (position < upTo) {
                int page = (int) Math.min(REPLAY_PAGE, upTo - position);
                List<ChatMessageView> views = replay.replay(channel, position, page);
                long before = position;
                for (ChatMessageView view : views) {
                    if (view.seq() > position && view.seq() <= upTo) {
                        found.add(new Sequenced(view.seq(), frames.chatMessage(view)));
                        position = view.seq();
                    }
                }
                if (views.size() < page || position == before) {
                    break;
                }
            }
        } catch (InfrastructureException e) {
            LOG.warn("Cannot backfill {} after seq {}: {}", channel, position, e.getMessage());
            return null;
        }
        return found;
    }

    private void advance(List<Sequenced> found, List<Sequenced> out) {
        for (Sequenced message : found) {
            if (message.seq() > lastSeq) {
                out.add(message);
                lastSeq = message.seq();
            }
        }
    }
}
