/**
 * The load tool ({@code java -jar adapters/client-websocket/target/kinrealm-bench.jar --help} prints its usage, kept
 * in {@code Usage}): creates accounts and characters over REST, opens many
 * {@link io.kinrealm.adapters.client.KinrealmClient} connections over one or more nodes and runs one scenario: rooms
 * of players chatting at a fixed rate, or players reporting their positions and hearing them back in their family's
 * batched events. It prints one JSON line with delivery, loss and latency figures, stops by itself and only targets
 * loopback unless told otherwise.
 */
package io.kinrealm.adapters.client.bench;
