package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The outbound queue writes one frame at a time and gives up on a consumer that falls too far behind. */
class OutboxTest {
    private final Socket socket = new Socket();
    private final AtomicInteger overflows = new AtomicInteger();
    private final Outbox outbox = new Outbox(socket, 3, 1_000, overflows::incrementAndGet);

    @Test
    void frames_are_written_one_at_a_time_in_order() {
        outbox.offer(Frame.of("a"));
        outbox.offer(Frame.of("b"));

        assertThat(socket.written).containsExactly("a");
        socket.completeWrite();
        assertThat(socket.written).containsExactly("a", "b");
        socket.completeWrite();
        assertThat(outbox.waitingFrames()).isZero();
    }

    @Test
    void more_frames_waiting_than_allowed_drop_the_queue_and_report_the_overflow_once() {
        outbox.offer(Frame.of("in flight"));
        for (int i = 0; i < 4; i++) {
            outbox.offer(Frame.of("waiting " + i));
        }
        outbox.offer(Frame.of("after"));

        assertThat(overflows).hasValue(1);
        assertThat(outbox.waitingFrames()).isZero();
        socket.completeWrite();
        assertThat(socket.written).containsExactly("in flight");
    }

    @Test
    void more_bytes_waiting_than_allowed_are_an_overflow_too() {
        outbox.offer(Frame.of("in flight"));
        outbox.offer(Frame.of("x".repeat(600)));
        outbox.offer(Frame.of("\u00e9".repeat(300)));

        assertThat(overflows).hasValue(1);
    }

    @Test
    void a_close_waits_for_the_frames_queued_before_it_and_nothing_after_it_is_sent() {
        outbox.offer(Frame.of("reply"));
        outbox.offer(Frame.of("notice"));
        outbox.closeAfterPending(1012, "restarting");
        outbox.offer(Frame.of("too late"));

        assertThat(socket.closedWith).isNull();
        socket.completeWrite();
        socket.completeWrite();
        assertThat(socket.written).containsExactly("reply", "notice");
        assertThat(socket.closedWith).isEqualTo(1012);
    }

    @Test
    void a_failed_write_stops_the_outbox() {
        outbox.offer(Frame.of("a"));
        outbox.offer(Frame.of("b"));

        socket.failWrite();
        outbox.offer(Frame.of("c"));

        assertThat(socket.written).containsExactly("a");
    }

    /** A socket whose writes complete when the test says so. */
    private static final class Socket implements Transport {
        final List<String> written = new ArrayList<>();
        private final List<Runnable> pending = new ArrayList<>();
        private final List<Consumer<Throwable>> failures = new ArrayList<>();
        Integer closedWith;

        @Override
        public void send(String text, Runnable sent, Consumer<Throwable> failed) {
            written.add(text);
            pending.add(sent);
            failures.add(failed);
        }

        void completeWrite() {
            failures.removeFirst();
            pending.removeFirst().run();
        }

        void failWrite() {
            pending.removeFirst();
            failures.removeFirst().accept(new java.io.IOException("broken pipe"));
        }

        @Override
        public void close(int code, String reason) {
            closedWith = code;
        }

        @Override
        public void disconnect() {
        }

        @Override
        public void ping() {
        }

        @Override
        public long bytesIn() {
            return -1;
        }

        @Override
        public boolean isOpen() {
            return closedWith == null;
        }
    }
}
