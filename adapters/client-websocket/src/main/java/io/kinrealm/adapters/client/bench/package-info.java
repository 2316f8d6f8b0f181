/**
 * The load tool ({@code java -jar adapters/client-websocket/target/kinrealm-bench.jar --help} prints its usage, kept
 * in {@code Usage}): creates accounts and characters over REST, opens many
 * {@link io.kinrealm.adapters.client.KinrealmClient} connections over one or more nodes, puts them in rooms, makes
 * them chat at a fixed rate, and prints one JSON line with delivery, loss and latency figures. It stops by itself
 * and only targets loopback unless told otherwise.
 */
package io.kinrealm.adapters.client.bench;
