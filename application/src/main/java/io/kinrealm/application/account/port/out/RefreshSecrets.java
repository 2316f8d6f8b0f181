package io.kinrealm.application.account.port.out;

/**
 * Makes refresh tokens and their fingerprints. A refresh token is a 256-bit random secret that only the player holds;
 * the server keeps only its fingerprint, so a stolen database cannot be replayed.
 */
public interface RefreshSecrets {

    String newSecret();

    String fingerprint(String secret);
}
