/** Accounts and logins: registration, log in, token refresh with reuse detection, log out. */
package io.kinrealm.application.account;
