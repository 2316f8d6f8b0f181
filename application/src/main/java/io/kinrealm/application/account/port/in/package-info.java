/** What drivers call to register, log in, refresh, log out and authenticate. */
package io.kinrealm.application.account.port.in;
