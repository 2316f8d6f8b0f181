package io.kinrealm.bootstrap;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads typed values from environment variables, refusing malformed ones with a message that names the variable. */
final class EnvReader {
    private static final Pattern LIMIT = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{1,6})?\\s*([smhd])");

    private final Map<String, String> env;

    EnvReader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                throw invalid(name, "a whole number from " + min + " to " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(name, "a whole number from " + min + " to " + max);
        }
    }

    Optional<URI> uri(String name, String scheme) {
        return text(name).map(value -> {
            try {
                URI uri = URI.create(value);
                if (!scheme.equals(uri.getScheme()) || uri.getHost() == null) {
                    throw invalid(name, "a URL like " + scheme + "://host:port");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw invalid(name, "a URL like " + scheme + "://host:port");
            }
        });
    }

    /** A limit written {@code requests/window}, e.g. {@code 100/15m}, {@code 20/s}, {@code 5000/1h}. */
    Configuration.Limit limit(String name, Configuration.Limit fallback) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        Matcher matcher = LIMIT.matcher(value.get());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
            throw invalid(name, "requests/window such as 100/15m (units s, m, h, d)");
        }
        long amount = matcher.group(2) == null ? 1 : Long.parseLong(matcher.group(2));
        Duration unit = switch (matcher.group(3)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
        };
        if (amount < 1) {
            throw invalid(name, "a window of at least one unit");
        }
        return new Configuration.Limit(Integer.parseInt(matcher.group(1)), unit.multipliedBy(amount));
    }

    private static IllegalArgumentException invalid(String name, String expected) {
        return new IllegalArgumentException(name + " must be " + expected + ".");
    }
}
