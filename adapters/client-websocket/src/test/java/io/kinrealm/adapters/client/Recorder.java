package io.kinrealm.adapters.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Records what a client's listeners were given. */
final class Recorder<T> implements Consumer<T> {
    private final List<T> seen = new CopyOnWriteArrayList<>();

    @Override
    public void accept(T value) {
        seen.add(value);
    }

    List<T> seen() {
        return List.copyOf(seen);
    }

    Recorder<T> awaitCount(int count) {
        Eventually.until(count + " received (have " + seen.size() + ")", () -> seen.size() >= count);
        return this;
    }

    static List<Long> seqs(Recorder<ServerEvent> events) {
        return events.seen().stream().map(ServerEvent::seq).toList();
    }
}
