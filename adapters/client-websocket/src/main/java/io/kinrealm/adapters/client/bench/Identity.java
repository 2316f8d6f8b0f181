package io.kinrealm.adapters.client.bench;

/** What one bench client authenticates with, and the family its character heads (empty when the server named none). */
record Identity(String token, String characterId, String familyId) {
}
