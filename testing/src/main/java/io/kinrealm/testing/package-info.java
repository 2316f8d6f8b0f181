/**
 * Test support shared by the adapter modules: the contract every implementation of an out port must keep, and the
 * way tests find the real PostgreSQL and Redis services.
 */
package io.kinrealm.testing;
