/** Probes of the server's dependencies (database, Redis). */
package io.kinrealm.application.health.port.out;
