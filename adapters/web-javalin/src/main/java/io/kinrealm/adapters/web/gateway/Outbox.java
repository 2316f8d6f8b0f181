package io.kinrealm.adapters.web.gateway;

import java.util.ArrayDeque;

/**
 * The bounded outbound queue of one connection. Frames are written one at a time, asynchronously, so that nobody who
 * offers a frame ever waits for the socket. When more than the allowed frames or bytes are waiting, the queue is
 * dropped and the overflow action runs (the connection is closed with 4008): a client that cannot keep up costs a
 * bounded amount of memory.
 */
final class Outbox {
    private final Transport transport;
    private final int maxFrames;
    private final long maxBytes;
    private final Runnable onOverflow;
    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean writing;
    private boolean finished;
    private PendingClose close;

    private record PendingClose(int code, String reason) {
    }

    Outbox(Transport transport, int maxFrames, long maxBytes, Runnable onOverflow) {
        this.transport = transport;
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
        this.onOverflow = onOverflow;
    }

    /** Queues a frame; ignored once the outbox is finished. */
    void offer(Frame frame) {
        boolean start = false;
        boolean overflow = false;
        synchronized (this) {
            if (finished) {
                return;
            }
            queue.addLast(frame);
            queuedBytes += frame.bytes();
            if (queue.size() > maxFrames || queuedBytes > maxBytes) {
                drop();
                overflow = true;
            } else if (!writing) {
                writing = true;
                start = true;
            }
        }
        if (overflow) {
            onOverflow.run();
        } else if (start) {
            writeNext();
        }
    }

    /** Closes the socket once every frame queued so far is written; nothing queued after this is sent. */
    void closeAfterPending(int code, String reason) {
        boolean start;
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            close = new PendingClose(code, reason);
            start = !writing;
            writing = true;
        }
        if (start) {
            writeNext();
        }
    }

    /** Drops everything waiting and accepts nothing more. */
    synchronized void drop() {
        finished = true;
        queue.clear();
        queuedBytes = 0;
        close = null;
    }

    synchronized int waitingFrames() {
        return queue.size();
    }

    private void writeNext() {
        Frame next;
        PendingClose closing = null;
        synchronized (this) {
            next = queue.pollFirst();
            if (next == null) {
                writing = false;
                closing = close;
                close = null;
            } else {
                queuedBytes -= next.bytes();
            }
        }
        if (next != null) {
            transport.send(next.text(), this::writeNext, failure -> drop());
        } else if (closing != null) {
            transport.close(closing.code(), closing.reason());
        }
    }
}
