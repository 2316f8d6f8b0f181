package io.kinrealm.bootstrap.realtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between clients and one node, standing for the network in between: {@link #cut} resets every relayed
 * connection at once, so both ends see their socket fail without any WebSocket close frame, as when a phone loses
 * its signal or a router drops the connection. New connections are still relayed after a cut.
 */
final class TcpRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private TcpRelay(int targetPort) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        Thread.ofVirtual().name("relay-accept").start(this::accept);
    }

    /** A relay to a node listening on 127.0.0.1:port. */
    static TcpRelay to(int port) {
        try {
            return new TcpRelay(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node's WebSocket endpoint, reached through the relay. */
    URI ws() {
        return URI.create("ws://127.0.0.1:" + listener.getLocalPort() + "/ws");
    }

    /** Resets every connection relayed so far, both sides, without a goodbye. */
    void cut() {
        sockets.forEach(TcpRelay::reset);
        sockets.clear();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        cut();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket node = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(node);
                Thread.ofVirtual().start(() -> pump(client, node));
                Thread.ofVirtual().start(() -> pump(node, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Copies one direction; an orderly end is passed on as such, a failure resets both sides. */
    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            reset(from);
            reset(to);
        }
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException e) {
            // already closed
        }
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
