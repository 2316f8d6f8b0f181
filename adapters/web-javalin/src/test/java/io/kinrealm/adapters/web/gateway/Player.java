package io.kinrealm.adapters.web.gateway;

/** A registered player, logged in once, with one character. */
record Player(String username, String accessToken, String refreshToken, String characterId, String familyId) {

    String familyChannel() {
        return "family:" + familyId;
    }

    Player withTokens(String access, String refresh) {
        return new Player(username, access, refresh, characterId, familyId);
    }
}
