package io.kinrealm.adapters.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that hand events to listeners, so that the thread reading Redis only decodes and queues. A channel
 * always goes to the same lane, so its events reach each listener in the order Redis sent them; a slow listener
 * holds up only the channels of its lane. A full lane makes the reader wait (Redis then buffers for this node, and
 * cuts it off past its {@code client-output-buffer-limit}, which the bus reports as a possible loss).
 */
final class Deliveries implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
    private static final int LANE_CAPACITY = 8192;
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final List<Lane> lanes = new ArrayList<>();

    Deliveries(int laneCount, String threadPrefix) {
        for (int i = 0; i < laneCount; i++) {
            Lane lane = new Lane(new ArrayBlockingQueue<>(LANE_CAPACITY));
            lane.thread = Thread.ofPlatform().daemon().name(threadPrefix + i).start(lane::run);
            lanes.add(lane);
        }
    }

    /**
     * Queues a task on the channel's lane, waiting while the lane is full. Returns false (dropping the task) when the
     * calling thread is interrupted while waiting, which is how the bus stops its reader.
     */
    boolean submit(String channel, Runnable task) {
        Lane lane = lanes.get(Math.floorMod(channel.hashCode(), lanes.size()));
        try {
            lane.queue.put(task);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the lanes; tasks still queued are dropped. */
    @Override
    public void close() {
        lanes.forEach(lane -> lane.thread.interrupt());
        for (Lane lane : lanes) {
            try {
                lane.thread.join(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final class Lane {
        private final BlockingQueue<Runnable> queue;
        private Thread thread;

        private Lane(BlockingQueue<Runnable> queue) {
            this.queue = queue;
        }

        private void run() {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    queue.take().run();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.warn("an event delivery failed", e);
                }
            }
        }
    }
}
