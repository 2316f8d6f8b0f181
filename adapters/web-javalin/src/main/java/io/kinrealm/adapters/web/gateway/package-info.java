/**
 * The real-time gateway at {@code /ws} (docs/protocol.md): one {@code Connection} per socket with its own bounded
 * {@code Outbox} and request bucket, requests dispatched by {@code Ops} to one small handler per operation, channel
 * fan-out through the node-level {@code ChannelHub} (one event bus subscription per channel with local members, each
 * channel's events handled in order by its own serial executor, gaps backfilled from the chat log by
 * {@code SequencedDelivery}), and the timers for authentication, token expiry, pings, silence and presence.
 * {@link io.kinrealm.adapters.web.gateway.Gateway} is the entry point; the HTTP server installs it on its Javalin
 * instance. Every failure leaves as an error reply or a close code, mapped in one place ({@code Ops}).
 */
package io.kinrealm.adapters.web.gateway;
