/** Steps of the accounts feature: opening accounts, logging in, renewing and ending sessions. */
package io.kinrealm.acceptance.accounts;
