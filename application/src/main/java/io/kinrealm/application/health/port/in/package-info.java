/** What drivers call to ask whether the server is ready. */
package io.kinrealm.application.health.port.in;
