package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One channel on this node while it has local members: its bus subscription, its members with the last sequence
 * number each was given, and its position in the channel. Everything happens on the channel's serial executor, so
 * events, backfills, joins and leaves are handled one at a time and in order; the bus's threads only hand over.
 * Once its last member leaves it is retired (unsubscribed) and the hub makes a new one when someone joins again.
 */
final class HubChannel implements EventBus.Listener {
    private final String name;
    private final ChannelHub hub;
    private final SerialExecutor serial;
    private final Map<Connection, Member> members = new HashMap<>();
    private EventBus.Subscription subscription;
    private SequencedDelivery sequence;
    private boolean retired;

    /** A connection on the channel and the last sequence number it was given. */
    private static final class Member {
        private final Connection connection;
        private long last;

        Member(Connection connection, long last) {
            this.connection = connection;
            this.last = last;
        }

        void deliver(Sequenced message) {
            if (message.seq() > last) {
                last = message.seq();
                connection.send(message.delivery().frameFor(connection.reader()));
            }
        }
    }

    HubChannel(String name, ChannelHub hub, Executor threads) {
        this.name = name;
        this.hub = hub;
        this.serial = new SerialExecutor(threads);
    }

    @Override
    public void onEvent(ChannelEvent event) {
        serial.execute(() -> deliver(event));
    }

    @Override
    public void onPossibleLoss(String channel) {
        serial.execute(() -> {
            if (!retired && sequence != null) {
                sequence.backfill().forEach(this::deliverToAll);
            }
        });
    }

    /** Puts the connection on the channel; empty when the channel retired first (the hub then retries). */
    CompletableFuture<OptionalLong> admit(Connection connection, Admission admission) {
        CompletableFuture<OptionalLong> done = new CompletableFuture<>();
        serial.execute(() -> {
            try {
                done.complete(retired ? OptionalLong.empty() : OptionalLong.of(admitNow(connection, admission)));
            } catch (RuntimeException e) {
                retireIfEmpty();
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Takes the connection off the channel, then runs {@code after} (still in order with the channel's events). */
    CompletableFuture<Void> remove(Connection connection, Runnable after) {
        return CompletableFuture.runAsync(() -> {
            members.remove(connection);
            retireIfEmpty();
            after.run();
        }, serial);
    }

    /** Ends the subscription now, whoever is still on the channel (the node is stopping). */
    void shutdown() {
        serial.execute(this::retire);
    }

    private long admitNow(Connection connection, Admission admission) {
        boolean fresh = subscription == null;
        if (fresh) {
            sequence = hub.sequenceOf(name, admission.known());
            subscription = hub.subscribe(name, this);
        }
        Member existing = members.get(connection);
        if (existing != null) {
            return existing.last;
        }
        Member member = new Member(connection, admission.after());
        admission.first().run();
        bringUpToDate(member, admission);
        if (!connection.isClosed()) {
            admission.onLive().accept(member.last);
            members.put(connection, member);
        }
        if (fresh) {
            sequence.backfill().forEach(this::deliverToAll);
        }
        retireIfEmpty();
        return member.last;
    }

    /** Sends the admission's backlog, then whatever this node already delivered on the channel after it. */
    private void bringUpToDate(Member member, Admission admission) {
        admission.backlog().forEach(view -> member.deliver(new Sequenced(view.seq(), hub.frames().chatMessage(view))));
        if (sequence.lastSeq() > member.last) {
            List<Sequenced> missed = sequence.stored(member.last, sequence.lastSeq());
            (missed == null ? List.<Sequenced>of() : missed).forEach(member::deliver);
        }
    }

    private void deliver(ChannelEvent event) {
        if (retired || (event.sequenced() && sequence.isDuplicate(event.seq()))) {
            return;
        }
        Delivery frame = hub.frames().delivery(event);
        if (!event.sequenced()) {
            members.values().forEach(member -> member.connection.send(frame.frameFor(member.connection.reader())));
            return;
        }
        sequence.accept(event.seq(), frame).forEach(this::deliverToAll);
    }

    private void deliverToAll(Sequenced message) {
        members.values().forEach(member -> member.deliver(message));
    }

    private void retireIfEmpty() {
        if (members.isEmpty()) {
            retire();
        }
    }

    private void retire() {
        if (retired) {
            return;
        }
        retired = true;
        members.clear();
        hub.forget(name, this);
        if (subscription != null) {
            subscription.close();
        }
    }
}
