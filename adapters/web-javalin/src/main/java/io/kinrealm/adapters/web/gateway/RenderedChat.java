package io.kinrealm.adapters.web.gateway;

import io.kinrealm.domain.language.ComprehensionProfile;
import io.kinrealm.domain.language.Proficiency;
import io.kinrealm.domain.language.ReaderProfile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@code chat.message} event in a racial tongue, rendered and serialised once per comprehension profile among its
 * readers (never once per reader): readers of equal profiles get the very same frame.
 */
final class RenderedChat implements Delivery {
    private final Frames frames;
    private final String channel;
    private final long seq;
    private final Map<String, Object> data;
    private final String language;
    private final Map<ComprehensionProfile, Frame> byProfile = new ConcurrentHashMap<>();

    RenderedChat(Frames frames, String channel, long seq, Map<String, Object> data, String language) {
        this.frames = frames;
        this.channel = channel;
        this.seq = seq;
        this.data = data;
        this.language = language;
    }

    @Override
    public Frame frameFor(ReaderProfile reader) {
        ComprehensionProfile key = reader == null
                ? new ComprehensionProfile(language, Proficiency.NONE, false)
                : reader.profileFor(language);
        return byProfile.computeIfAbsent(key, profile -> frames.chatEvent(channel, seq,
                frames.readAs(data, profile)));
    }

    /** How many distinct renderings were made so far. */
    int renderings() {
        return byProfile.size();
    }
}
