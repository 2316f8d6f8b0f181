/**
 * Redis adapters on Jedis: the request counters that every node of a cluster shares (so a client cannot multiply its
 * allowance by spreading requests over nodes) and the readiness probe of Redis. Every Jedis failure leaves this
 * package as an {@link io.kinrealm.application.shared.port.out.InfrastructureException} named {@code redis}.
 */
package io.kinrealm.adapters.redis;
