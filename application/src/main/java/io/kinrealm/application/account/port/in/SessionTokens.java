package io.kinrealm.application.account.port.in;

/**
 * What a player receives on logging in or refreshing: a short-lived access token for every request, and a
 * long-lived refresh token that can be exchanged once for a new pair.
 *
 * @param expiresIn seconds until the access token expires
 */
public record SessionTokens(String accessToken, String refreshToken, long expiresIn) {
    @Override
    public String toString() {
        return "SessionTokens[expiresIn=" + expiresIn + "]";
    }
}
