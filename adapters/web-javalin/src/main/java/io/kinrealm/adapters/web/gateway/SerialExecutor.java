package io.kinrealm.adapters.web.gateway;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs its tasks one after another, in the order they were given, on threads of the underlying executor (virtual
 * threads, so a task may block on I/O such as a chat log replay). A failing task is logged and does not stop the
 * ones after it. Once the underlying executor stops (the node is stopping), new tasks are dropped.
 */
final class SerialExecutor implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor threads;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    SerialExecutor(Executor threads) {
        this.threads = threads;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    private void schedule() {
        if (running.compareAndSet(false, true)) {
            try {
                threads.execute(this::drain);
            } catch (RejectedExecutionException e) {
                running.set(false);
                LOG.debug("The node is stopping; a channel task is dropped");
            }
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                runSafely(task);
            }
        } finally {
            running.set(false);
            if (!tasks.isEmpty()) {
                schedule();
            }
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("A channel task failed", e);
        }
    }
}
