package io.kinrealm.adapters.web.gateway;

import io.kinrealm.domain.language.ReaderProfile;

/**
 * What one event becomes for each reader on a channel. Most events read the same for everyone (a {@link Frame} is its
 * own delivery); a chat message in a racial tongue reads as each reader's comprehension allows ({@link RenderedChat}).
 */
interface Delivery {

    /** The frame this reader gets; null reader when the connection has not authenticated. */
    Frame frameFor(ReaderProfile reader);
}
