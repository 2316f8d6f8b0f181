package io.kinrealm.adapters.client.bench;

import io.kinrealm.adapters.client.ClientContainers;
import io.kinrealm.adapters.client.ClientOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of the load tool, phase by phase: setup, connect, send, drain, close, result. */
final class BenchRun {
    private static final Logger LOG = LoggerFactory.getLogger(BenchRun.class);

    private final BenchArgs args;
    private final String runId = BenchNames.runId(ThreadLocalRandom.current());

    BenchRun(BenchArgs args) {
        this.args = args;
    }

    /** Runs the load and answers the JSON line: the delivery figures and the processes' CPU and memory. */
    String run() throws InterruptedException {
        configureContainer();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            LOG.info("Run {}: creating {} characters on {} accounts over {} (the server needs raised "
                    + "KINREALM_RATE_LIMIT_AUTH and KINREALM_RATE_LIMIT_API, see --help)", runId, args.clients(),
                    BenchNames.accounts(args.clients()), args.http());
            List<Identity> identities = new BenchSetup(args.http(), runId, workers).create(args.clients());
            Workload workload = switch (args.scenario()) {
                case CHAT -> new ChatLoad(args, runId);
                case POSITIONS -> new PositionLoad(args, identities);
            };
            Connector connector = new Connector(args, workload, options(), workers);
            LOG.info("Opening {} connections over {} at {}/s", args.clients(), args.urls(), args.connectRate());
            List<Member> members = connector.connectAll(identities);
            workload.start(members);
            LOG.info("{} connected, {} failed; {} for {} s (+{} s warm-up) at {}/s per client", members.size(),
                    connector.failures(), args.scenario().argument(), args.durationSeconds(), args.warmupSeconds(),
                    args.rate());
            try (ProcessSampler sampler = new ProcessSampler(args.serverPids())) {
                long measureFrom = new Sender(args, workload).run(members);
                long measureTo = System.nanoTime();
                drain(workload);
                String result = workload.result(members.size(), connector.failures(), measureFrom,
                        sampler.figures(measureFrom, measureTo));
                members.forEach(member -> member.client.close());
                return result;
            }
        }
    }

    private static void configureContainer() {
        try {
            ClientContainers.configure(1, true);
        } catch (IllegalStateException alreadyInUse) {
            LOG.info("The WebSocket container was already set up; using it as it is");
        }
    }

    private void drain(Workload workload) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(args.drainSeconds());
        while (!workload.drained() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!workload.drained()) {
            LOG.warn("Stopped waiting for deliveries after {} s", args.drainSeconds());
        }
    }

    /**
     * Every client shares one Tyrus container whose selector threads (one per core) read the frames, and the bench's
     * listeners (which only count) run right there: no thread hand-off per frame.
     */
    private static ClientOptions options() {
        return ClientOptions.defaults().withContainer(ClientContainers.shared())
                .withDispatch(Runnable::run).withRequestTimeout(Duration.ofSeconds(30));
    }
}
