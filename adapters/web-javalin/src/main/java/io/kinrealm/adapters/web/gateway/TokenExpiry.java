package io.kinrealm.adapters.web.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * When an access token ends. The core has already verified the token (signature, issuer, expiry) before this is
 * asked; this only reads its {@code exp} claim so that the connection can be closed then. A token without a readable
 * one is given the documented access token lifetime.
 */
final class TokenExpiry {
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);

    private final ObjectMapper mapper;

    TokenExpiry(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Instant of(String token, Instant now) {
        return claim(token).orElse(now.plus(DEFAULT_LIFETIME));
    }

    private Optional<Instant> claim(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode payload = mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode exp = payload == null ? null : payload.get("exp");
            return exp != null && exp.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
