package io.kinrealm.adapters.client;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Tyrus' scheduler, minus one waste: Tyrus 2.2 schedules an idle-timeout check at every frame sent or received, with
 * the session's idle timeout as delay, even when that timeout is 0 (none), so every frame wakes a scheduler thread to
 * run a check that does nothing. Such checks are answered with a future that is already done; everything else goes to
 * Tyrus' own scheduler, looked up at each call because Tyrus replaces it when its sessions come and go.
 */
final class QuietScheduler implements ScheduledExecutorService {
    private static final String IDLE_CHECK = "org.glassfish.tyrus.core.TyrusSession$IdleTimeoutCommand";

    private final Supplier<ScheduledExecutorService> tyrus;

    QuietScheduler(Supplier<ScheduledExecutorService> tyrus) {
        this.tyrus = tyrus;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (delay <= 0 && command.getClass().getName().equals(IDLE_CHECK)) {
            return Done.INSTANCE;
        }
        return tyrus.get().schedule(command, delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return tyrus.get().schedule(callable, delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return tyrus.get().scheduleAtFixedRate(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return tyrus.get().scheduleWithFixedDelay(command, initialDelay, delay, unit);
    }

    @Override
    public void shutdown() {
        tyrus.get().shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return tyrus.get().shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return tyrus.get().isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return tyrus.get().isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return tyrus.get().awaitTermination(timeout, unit);
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return tyrus.get().submit(task);
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        return tyrus.get().submit(task, result);
    }

    @Override
    public Future<?> submit(Runnable task) {
        return tyrus.get().submit(task);
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        return tyrus.get().invokeAll(tasks);
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        return tyrus.get().invokeAll(tasks, timeout, unit);
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        return tyrus.get().invokeAny(tasks);
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return tyrus.get().invokeAny(tasks, timeout, unit);
    }

    @Override
    public void execute(Runnable command) {
        tyrus.get().execute(command);
    }

    /** A check that was due at once and had nothing to do. */
    private static final class Done extends CompletableFuture<Object> implements ScheduledFuture<Object> {
        static final Done INSTANCE = new Done();

        private Done() {
            complete(null);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(0, other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
