/**
 * The PostgreSQL adapters: accounts, characters with their families and kin, devotion earned through deeds, spoken
 * tongues, refresh tokens and the chat log kept in PostgreSQL through JDBI over a HikariCP pool, with the schema
 * migrated by Flyway when the database is started. Every SQL or driver failure leaves this package as an
 * {@link io.kinrealm.application.shared.port.out.InfrastructureException} for dependency {@code postgresql}; expected
 * outcomes such as a taken name are values, decided by unique constraints.
 */
package io.kinrealm.adapters.postgres;
