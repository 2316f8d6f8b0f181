package io.kinrealm.acceptance.realtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between one player's game client and a node: a small TCP relay on loopback that forwards bytes both
 * ways. {@link #cut()} drops every link at once, the way a lost connection does (the client gets no close frame), and
 * stops listening, so that the client's attempts to reconnect are refused; {@link #restore()} listens again on the
 * same port and the client gets through by itself. The client is untouched: its own reconnect and resume are what
 * the scenarios exercise.
 */
final class NetworkLine implements AutoCloseable {
    private static final int BUFFER_BYTES = 16 * 1024;
    private static final int BACKLOG = 50;

    private final int nodePort;
    private final int port;
    private final Set<Socket> links = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;

    NetworkLine(int nodePort) {
        this.nodePort = nodePort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
    }

    /** The gateway's address as seen through this line. */
    URI gateway() {
        return URI.create("ws://127.0.0.1:" + port + "/ws");
    }

    int nodePort() {
        return nodePort;
    }

    /** Drops every open link without a goodbye and refuses new ones until restored. */
    synchronized void cut() {
        closeListener();
        links.forEach(NetworkLine::abort);
        links.clear();
    }

    /** Lets connections through again. */
    synchronized void restore() {
        if (listener == null) {
            listener = listen(port);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private ServerSocket listen(int onPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), BACKLOG);
            Thread.ofVirtual().name("line-to-" + nodePort).start(() -> accept(socket));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + onPort, e);
        }
    }

    private void closeListener() {
        if (listener != null) {
            try {
                listener.close();
            } catch (IOException e) {
                // already closed
            }
            listener = null;
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket player = socket.accept();
                Thread.ofVirtual().start(() -> link(socket, player));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void link(ServerSocket acceptedBy, Socket player) {
        try (player; Socket node = new Socket(InetAddress.getLoopbackAddress(), nodePort)) {
            links.add(player);
            links.add(node);
            if (acceptedBy.isClosed()) {
                abort(player);
                abort(node);
                return;
            }
            Thread upstream = Thread.ofVirtual().start(() -> pump(player, node));
            pump(node, player);
            upstream.join();
            links.remove(player);
            links.remove(node);
        } catch (IOException e) {
            // the node is not there (any more): the player's connection fails, as it would over a real network
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Forwards one direction; an orderly end is passed on as one, a broken link breaks the other side too. */
    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER_BYTES];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            abort(from);
            abort(to);
        }
    }

    /** Closes with a reset, as a broken network would, rather than an orderly goodbye. */
    private static void abort(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
