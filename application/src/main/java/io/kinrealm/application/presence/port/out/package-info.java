/** Where presence is kept: live connections with their expiry, shared by every node. */
package io.kinrealm.application.presence.port.out;
