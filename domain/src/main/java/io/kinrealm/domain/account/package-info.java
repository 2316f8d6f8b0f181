/** Player accounts: the login behind characters, with its username, password rules and roles. */
package io.kinrealm.domain.account;
