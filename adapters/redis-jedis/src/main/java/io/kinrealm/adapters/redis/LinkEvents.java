package io.kinrealm.adapters.redis;

/** What the {@link SubscriberLink} reports about its connection, all on the link's own thread. */
interface LinkEvents {
    /** The connection is up and {@link SubscriberLink#subscribe} now sends; the handler subscribes what it wants. */
    void connected();

    /** Redis confirmed a SUBSCRIBE: from now on the channel's messages arrive. */
    void subscribed(String redisChannel);

    /** A message arrived on a subscribed channel (never on the link's control channel). */
    void message(String redisChannel, String payload);

    /** A connection attempt failed or the connection dropped: messages may be lost until re-subscribed. */
    void down();
}
