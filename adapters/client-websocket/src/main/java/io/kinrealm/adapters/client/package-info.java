/**
 * The Java client of Kinrealm's WebSocket gateway (Tyrus, jakarta.websocket), written against the public protocol
 * (docs/protocol.md) only: connect, authenticate, requests as futures, event listeners, and automatic reconnect with
 * {@code session.resume} so that a dropped connection (a node restarting, a slow consumer cut off) loses nothing and
 * delivers nothing twice. {@link io.kinrealm.adapters.client.KinrealmClient} is the entry point; acceptance tests and
 * the load tool ({@code bench}) use it.
 */
package io.kinrealm.adapters.client;
