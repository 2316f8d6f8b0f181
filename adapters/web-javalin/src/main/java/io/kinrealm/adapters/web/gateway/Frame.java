package io.kinrealm.adapters.web.gateway;

import io.kinrealm.domain.language.ReaderProfile;

/**
 * One text frame ready to send, with its size in UTF-8 bytes (what the outbound queue counts). An event is turned
 * into a frame once per node and the same frame is queued for every connection that gets it.
 */
record Frame(String text, int bytes) implements Delivery {

    @Override
    public Frame frameFor(ReaderProfile reader) {
        return this;
    }

    static Frame of(String text) {
        return new Frame(text, utf8Length(text));
    }

    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
