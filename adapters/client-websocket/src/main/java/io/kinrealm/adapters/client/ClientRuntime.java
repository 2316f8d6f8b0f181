package io.kinrealm.adapters.client;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The threads every client of a process shares: one scheduler for reconnect delays, virtual threads for the rest. */
final class ClientRuntime {
    static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kinrealm-client-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    static final ExecutorService VIRTUAL =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("kinrealm-client-", 0).factory());

    private ClientRuntime() {
    }
}
