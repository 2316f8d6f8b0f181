package io.kinrealm.adapters.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's listeners of one client, all called on the client's dispatcher: one at a time, in the order
 * things arrived.
 */
final class Listeners {
    static final String ALL = "*";
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final Executor dispatcher;
    private final Map<String, List<Consumer<ServerEvent>>> events = new ConcurrentHashMap<>();
    private final List<Consumer<CloseInfo>> closes = new CopyOnWriteArrayList<>();
    private final List<Consumer<ResumeResult>> resumes = new CopyOnWriteArrayList<>();

    Listeners(Executor dispatcher) {
        this.dispatcher = dispatcher;
    }

    void onEvent(String name, Consumer<ServerEvent> listener) {
        events.computeIfAbsent(name, key -> new CopyOnWriteArrayList<>()).add(listener);
    }

    void onClose(Consumer<CloseInfo> listener) {
        closes.add(listener);
    }

    void onResume(Consumer<ResumeResult> listener) {
        resumes.add(listener);
    }

    /** Runs a task on the dispatcher, after everything given before it. */
    void dispatch(Runnable task) {
        dispatcher.execute(task);
    }

    /** Calls the event's listeners; to be called on the dispatcher. */
    void fire(ServerEvent event) {
        callEach(events.getOrDefault(event.ev(), List.of()), event);
        callEach(events.getOrDefault(ALL, List.of()), event);
    }

    void fireClose(CloseInfo info) {
        dispatch(() -> callEach(closes, info));
    }

    /** Calls the resume listeners; to be called on the dispatcher. */
    void fireResume(ResumeResult result) {
        callEach(resumes, result);
    }

    private static <T> void callEach(List<Consumer<T>> each, T value) {
        for (Consumer<T> listener : each) {
            try {
                listener.accept(value);
            } catch (RuntimeException e) {
                LOG.warn("A client listener failed", e);
            }
        }
    }
}
