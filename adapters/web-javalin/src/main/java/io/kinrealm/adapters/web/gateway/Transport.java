package io.kinrealm.adapters.web.gateway;

import java.util.function.Consumer;

/** The socket under a connection, as the gateway uses it. */
interface Transport {

    /** Sends one text frame; exactly one of the two callbacks runs when it is written or has failed. */
    void send(String text, Runnable sent, Consumer<Throwable> failed);

    /** Starts the closing handshake with a close code and a short reason. */
    void close(int code, String reason);

    /** Drops the connection without a handshake (a peer that does not answer the close). */
    void disconnect();

    void ping();

    /** Bytes received so far (frames, pongs included); -1 when the socket cannot tell. */
    long bytesIn();

    boolean isOpen();
}
