package io.kinrealm.adapters.redis;

import redis.clients.jedis.JedisPubSub;

/**
 * Jedis' callbacks on the subscriber connection, turned into the link's events on the link's own thread: the control
 * channel's confirmation means the connection is up; every reply, PONG included, proves the connection alive.
 */
final class LinkListener extends JedisPubSub {
    private final String controlChannel;
    private final LinkEvents handler;
    private final Runnable up;
    private final Runnable heard;

    LinkListener(String controlChannel, LinkEvents handler, Runnable up, Runnable heard) {
        this.controlChannel = controlChannel;
        this.handler = handler;
        this.up = up;
        this.heard = heard;
    }

    @Override
    public void onSubscribe(String channel, int subscribedChannels) {
        heard.run();
        if (controlChannel.equals(channel)) {
            up.run();
        } else {
            handler.subscribed(channel);
        }
    }

    @Override
    public void onMessage(String channel, String message) {
        heard.run();
        if (!controlChannel.equals(channel)) {
            handler.message(channel, message);
        }
    }

    @Override
    public void onUnsubscribe(String channel, int subscribedChannels) {
        heard.run();
    }

    @Override
    public void onPong(String pattern) {
        heard.run();
    }
}
