/** What drivers call to join channels, send messages, read history and catch up after a reconnect. */
package io.kinrealm.application.chat.port.in;
