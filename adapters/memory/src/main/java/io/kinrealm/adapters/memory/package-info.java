/**
 * In-memory implementations of every out port: the embedded default runtime, and the honest fakes that the port
 * contract tests hold to the same behaviour as the PostgreSQL and Redis adapters. All are thread-safe.
 */
package io.kinrealm.adapters.memory;
