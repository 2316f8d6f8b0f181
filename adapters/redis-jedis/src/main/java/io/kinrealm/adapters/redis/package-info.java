/**
 * Redis adapters on Jedis, shared by every node of a cluster: the request counters (so a client cannot multiply its
 * allowance by spreading requests over nodes), presence (who is online on any node), positions (where characters and
 * staying companions stand, read on any node), the event bus that carries channel events between nodes over pub/sub,
 * and the readiness probe of Redis. Every Jedis failure leaves this package as an
 * {@link io.kinrealm.application.shared.port.out.InfrastructureException} named {@code redis}.
 */
package io.kinrealm.adapters.redis;
