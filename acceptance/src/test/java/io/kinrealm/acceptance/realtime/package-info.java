/**
 * The {@code @gateway} lane: real-time scenarios played through the real server, as a game client plays them. Each
 * scenario gets a {@link io.kinrealm.acceptance.realtime.Realm} of two nodes sharing a fresh PostgreSQL schema and a
 * fresh Redis key prefix; players register and create their characters over REST and talk over the WebSocket gateway
 * with the Java client, each through a {@link io.kinrealm.acceptance.realtime.NetworkLine} the scenario can cut.
 */
package io.kinrealm.acceptance.realtime;
