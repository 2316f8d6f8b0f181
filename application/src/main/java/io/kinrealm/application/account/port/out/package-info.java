/** What accounts and logins need: account storage, refresh-token storage, password hashing, tokens. */
package io.kinrealm.application.account.port.out;
