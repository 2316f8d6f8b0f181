/** Readiness of the server's dependencies. */
package io.kinrealm.application.health;
