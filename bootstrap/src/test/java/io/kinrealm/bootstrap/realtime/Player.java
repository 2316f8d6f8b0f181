package io.kinrealm.bootstrap.realtime;

/** A registered player, logged in, with one character (and that character's own family). */
record Player(String username, String password, String accessToken, String refreshToken, String characterId,
              String familyId) {

    String familyChannel() {
        return "family:" + familyId;
    }

    Player withTokens(String access, String refresh) {
        return new Player(username, password, access, refresh, characterId, familyId);
    }
}
