/**
 * Acceptance specs of Kinrealm: the Cucumber suite, and the per-scenario {@link io.kinrealm.acceptance.World} that
 * drives the real use cases over the in-memory adapters, real password hashing and real access tokens. The
 * {@code @gateway} scenarios go through real servers instead (package {@code realtime}).
 */
package io.kinrealm.acceptance;
