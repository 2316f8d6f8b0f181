/** What drivers call when connections open, stay alive and close. */
package io.kinrealm.application.presence.port.in;
