package io.kinrealm.adapters.client;

/** The access token and character a client authenticated with: what it authenticates with again after a reconnect. */
record Credentials(String token, String characterId) {
}
