package io.kinrealm.adapters.redis;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Redis is and how this server names its keys there.
 *
 * @param url       {@code redis://host:port} (port 6379 when left out), optionally with a password
 *                  ({@code redis://:secret@host:port}) or a user and password ({@code redis://user:secret@host:port})
 *                  and a database index ({@code redis://host:port/2}); {@code rediss://} for TLS
 * @param keyPrefix put before every key this server writes, so that several deployments can share one Redis;
 *                  {@value #DEFAULT_KEY_PREFIX} when null or blank
 */
public record RedisSettings(URI url, String keyPrefix) {
    public static final String DEFAULT_KEY_PREFIX = "kinrealm:";
    static final int DEFAULT_PORT = 6379;

    public RedisSettings {
        Objects.requireNonNull(url, "redis url");
        String scheme = url.getScheme();
        if (!"redis".equalsIgnoreCase(scheme) && !"rediss".equalsIgnoreCase(scheme)) {
            throw invalid(url, "it starts with redis:// or rediss://");
        }
        if (url.getHost() == null) {
            throw invalid(url, "it names a host");
        }
        if (url.getUserInfo() != null && !url.getUserInfo().contains(":")) {
            throw invalid(url, "a password is written after a colon, as in redis://:password@host:6379");
        }
        if (!url.getRawPath().matches("(/\\d{1,5})?/?")) {
            throw invalid(url, "its path is empty or a database index, as in redis://host:6379/2");
        }
        keyPrefix = keyPrefix == null || keyPrefix.isBlank() ? DEFAULT_KEY_PREFIX : keyPrefix;
    }

    /** Settings with the default key prefix. */
    public static RedisSettings of(URI url) {
        return new RedisSettings(url, null);
    }

    String host() {
        return url.getHost();
    }

    int port() {
        return url.getPort() < 0 ? DEFAULT_PORT : url.getPort();
    }

    boolean tls() {
        return "rediss".equalsIgnoreCase(url.getScheme());
    }

    Optional<String> user() {
        return Optional.ofNullable(url.getUserInfo())
                .map(info -> info.substring(0, info.indexOf(':')))
                .filter(user -> !user.isEmpty());
    }

    Optional<String> password() {
        return Optional.ofNullable(url.getUserInfo())
                .map(info -> info.substring(info.indexOf(':') + 1))
                .filter(password -> !password.isEmpty());
    }

    int database() {
        String digits = url.getRawPath().replace("/", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /** The settings without the password, fit for logs. */
    @Override
    public String toString() {
        return "RedisSettings[url=" + redacted() + ", keyPrefix=" + keyPrefix + "]";
    }

    /** The URL without user and password, fit for logs and error messages. */
    String redacted() {
        return url.getScheme() + "://" + host() + ":" + port() + "/" + database();
    }

    private static IllegalArgumentException invalid(URI url, String rule) {
        String shown = url.getScheme() + "://" + (url.getUserInfo() == null ? "" : "****@")
                + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()) + url.getRawPath();
        return new IllegalArgumentException("not a usable Redis URL (" + rule + "): " + shown);
    }
}
