package io.kinrealm.adapters.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on a loopback port in front of the test Redis, standing for the network between a node and Redis. Cut,
 * it drops every relayed connection and hangs up on new ones at once, as a restarting Redis would. Frozen, it keeps
 * every connection open but carries nothing either way, as a network that silently lost its route does.
 */
final class TcpRelay implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Object gate = new Object();
    private volatile boolean cut;
    private volatile boolean frozen;

    private TcpRelay(ServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
    }

    static TcpRelay to(URI redis) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        TcpRelay relay = new TcpRelay(server, new InetSocketAddress(redis.getHost(), redis.getPort()));
        Thread.ofPlatform().daemon().name("tcp-relay-accept").start(relay::accept);
        return relay;
    }

    /** The Redis URL that goes through this relay. */
    URI url() {
        return URI.create("redis://127.0.0.1:" + server.getLocalPort());
    }

    /** How many connections clients opened through the relay so far. */
    int accepted() {
        return accepted.get();
    }

    void cut() {
        cut = true;
        open.forEach(TcpRelay::closeQuietly);
        open.clear();
    }

    void restore() {
        cut = false;
    }

    void freeze() {
        frozen = true;
    }

    void thaw() {
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
    }

    @Override
    public void close() {
        thaw();
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                accepted.incrementAndGet();
                if (cut) {
                    closeQuietly(client);
                } else {
                    relay(client);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) throws IOException {
        Socket upstream = new Socket();
        upstream.connect(target);
        open.add(client);
        open.add(upstream);
        Thread.ofPlatform().daemon().start(() -> pump(client, upstream));
        Thread.ofPlatform().daemon().start(() -> pump(upstream, client));
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                waitWhileFrozen();
                out.write(buffer, 0, read);
            }
        } catch (IOException | InterruptedException e) {
            // one side hung up or was cut: the other goes too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void waitWhileFrozen() throws InterruptedException {
        synchronized (gate) {
            while (frozen) {
                gate.wait();
            }
        }
    }

    private static void closeQuietly(AutoCloseable socket) {
        try {
            socket.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
