package io.kinrealm.adapters.client.bench;

/** What one bench client authenticates with. */
record Identity(String token, String characterId) {
}
