package io.kinrealm.adapters.client.bench;

import io.kinrealm.adapters.client.ClientOptions;
import io.kinrealm.adapters.client.KinrealmClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the bench's connections at the connect rate, round-robin over the nodes, each authenticated and on its
 * workload's channel (its chat room, or its family's channel) before it counts as connected. Blocking steps run on virtual threads, a bounded number at a time.
 */
final class Connector {
    private static final Logger LOG = LoggerFactory.getLogger(Connector.class);
    private static final int IN_FLIGHT = 512;
    private static final long STEP_TIMEOUT_SECONDS = 30;
    private static final int ERRORS_LOGGED = 5;

    private final BenchArgs args;
    private final Workload workload;
    private final ClientOptions options;
    private final ExecutorService workers;
    private final List<Member> members = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean overTime;

    Connector(BenchArgs args, Workload workload, ClientOptions options, ExecutorService workers) {
        this.args = args;
        this.workload = workload;
        this.options = options;
        this.workers = workers;
    }

    /** Connects every client; returns the connected ones, in no particular order. */
    List<Member> connectAll(List<Identity> identities) throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(identities.size());
        Semaphore permits = new Semaphore(IN_FLIGHT);
        long start = System.nanoTime();
        for (int i = 0; i < identities.size(); i++) {
            LockSupport.parkNanos(start + (long) (i * 1e9 / args.connectRate()) - System.nanoTime());
            permits.acquire();
            int index = i;
            workers.execute(() -> {
                try {
                    connect(index, identities.get(index));
                } finally {
                    permits.release();
                    finished.countDown();
                }
            });
        }
        if (!finished.await(3 * STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            overTime = true;
            LOG.warn("{} connections still opening after the time limit: counted as failed", finished.getCount());
        }
        synchronized (members) {
            return List.copyOf(members);
        }
    }

    int failures() {
        return args.clients() - members.size();
    }

    private void connect(int index, Identity identity) {
        List<URI> urls = args.urls();
        String channel = workload.channel(index, identity);
        KinrealmClient client = null;
        try {
            client = KinrealmClient.connect(urls.get(index % urls.size()), options.withOtherNodes(others(index)));
            Member member = new Member(index, index / args.roomSize(), channel, client);
            workload.listen(member);
            client.onClose(info -> {
                if (info.reconnecting()) {
                    workload.reconnected();
                }
            });
            client.auth(identity.token(), identity.characterId()).get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            member.joinedAt(client.join(channel).get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS).path("lastSeq").asLong());
            if (overTime) {
                throw new IllegalStateException("connected after the time limit");
            }
            members.add(member);
        } catch (Exception e) {
            if (failures.incrementAndGet() <= ERRORS_LOGGED) {
                LOG.warn("Client {} could not connect: {}", index, e.toString());
            }
            if (client != null) {
                client.close();
            }
        }
    }

    /** The other nodes, starting after this client's own: where it goes when its node drops it. */
    private List<URI> others(int index) {
        List<URI> urls = args.urls();
        List<URI> others = new ArrayList<>();
        for (int step = 1; step < urls.size(); step++) {
            others.add(urls.get((index + step) % urls.size()));
        }
        return others;
    }
}
