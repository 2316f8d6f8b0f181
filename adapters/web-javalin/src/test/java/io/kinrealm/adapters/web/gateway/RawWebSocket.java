package io.kinrealm.adapters.web.gateway;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A bare WebSocket client over a plain socket, for what the JDK client does by itself: this one never answers pings,
 * so it is silent in the sense of the protocol, while still reading what the server sends.
 */
final class RawWebSocket implements AutoCloseable {
    private static final int TEXT = 0x1;
    private static final int CLOSE = 0x8;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawWebSocket(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        String key = Base64.getEncoder().encodeToString("kinrealm-test-key".getBytes(StandardCharsets.UTF_8));
        out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        String status = readHeaders();
        if (!status.contains(" 101 ")) {
            throw new IOException("upgrade refused: " + status);
        }
    }

    /** Sends one masked text frame (clients must mask; the mask here is zero). */
    void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        if (payload.length > 0xFFFF) {
            throw new IllegalArgumentException("frames up to 64 KiB only");
        }
        out.write(0x80 | TEXT);
        if (payload.length <= 125) {
            out.write(0x80 | payload.length);
        } else {
            out.write(new byte[] {(byte) (0x80 | 126), (byte) (payload.length >> 8), (byte) payload.length});
        }
        out.write(new byte[] {0, 0, 0, 0});
        out.write(payload);
        out.flush();
    }

    /** Reads frames, skipping everything else, until the server's close frame; answers its close code. */
    int awaitCloseCode() throws IOException {
        while (true) {
            int opcode = in.readUnsignedByte() & 0x0F;
            long length = in.readUnsignedByte() & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = in.readNBytes((int) length);
            if (opcode == CLOSE) {
                return ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
            }
        }
    }

    private String readHeaders() throws IOException {
        StringBuilder headers = new StringBuilder();
        while (!headers.toString().endsWith("\r\n\r\n")) {
            headers.append((char) in.readUnsignedByte());
        }
        return headers.substring(0, headers.indexOf("\r\n"));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
