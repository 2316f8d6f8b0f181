/**
 * Port contracts: one abstract test class per out port, extended once per adapter (in memory, PostgreSQL, Redis) so
 * that the fakes behave exactly like the real thing.
 */
package io.kinrealm.testing.contract;
