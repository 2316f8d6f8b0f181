/**
 * The game rules of Kinrealm, free of any framework: values, aggregates that guard their own invariants, and the
 * events they emit. Everything here is plain Java so that studios can embed it in their own servers.
 */
package io.kinrealm.domain;
