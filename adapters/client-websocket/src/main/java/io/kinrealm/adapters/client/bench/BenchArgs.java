package io.kinrealm.adapters.client.bench;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The load tool's arguments, checked: bounded numbers (so that a run always stops by itself) and loopback targets
 * unless {@code --allow-remote}.
 */
record BenchArgs(List<URI> urls, URI http, int clients, int roomSize, double rate, int durationSeconds,
                 int warmupSeconds, int connectRate, int drainSeconds, boolean allowRemote, List<Long> serverPids,
                 Scenario scenario) {
    /** The server takes at most this many position reports a second per character and drops the rest. */
    static final int MAX_REPORT_RATE = 10;
    private static final Set<String> VALUED = Set.of("--urls", "--http", "--clients", "--room-size", "--rate",
            "--duration", "--warmup", "--connect-rate", "--drain", "--server-pids", "--scenario");
    private static final long MAX_MESSAGES = 20_000_000L;

    BenchArgs {
        urls = List.copyOf(urls);
        serverPids = List.copyOf(serverPids);
        Objects.requireNonNull(scenario, "scenario");
        check(!urls.isEmpty(), "--urls names no node");
        urls.forEach(url -> check(url.getScheme() != null && url.getScheme().matches("wss?") && url.getHost() != null,
                "--urls: not a ws:// or wss:// URL: " + url));
        check(http.getScheme() != null && http.getScheme().matches("https?") && http.getHost() != null,
                "--http: not an http:// or https:// URL: " + http);
        check(clients >= 1 && clients <= BenchNames.maxClients(), "--clients must be 1.." + BenchNames.maxClients());
        check(roomSize >= 1, "--room-size must be at least 1");
        check(rate > 0 && rate <= 50, "--rate must be above 0 and at most 50 (the server's limit per connection)");
        check(scenario != Scenario.POSITIONS || rate <= MAX_REPORT_RATE, "--rate must be at most " + MAX_REPORT_RATE
                + " in the positions scenario: the server takes at most " + MAX_REPORT_RATE
                + " position reports a second per character and drops the rest");
        check(durationSeconds >= 1 && durationSeconds <= 3600, "--duration must be 1..3600 seconds");
        check(warmupSeconds >= 0 && warmupSeconds <= 600, "--warmup must be 0..600 seconds");
        check(connectRate >= 1 && connectRate <= 100_000, "--connect-rate must be 1..100000 per second");
        check(drainSeconds >= 0 && drainSeconds <= 120, "--drain must be 0..120 seconds");
        check((long) clients * messagesPerClient(rate, durationSeconds) <= MAX_MESSAGES,
                "--clients x --rate x --duration is over " + MAX_MESSAGES + " messages");
        check(allowRemote || (urls.stream().allMatch(Loopback::isLoopback) && Loopback.isLoopback(http)),
                "a target is not loopback (127.0.0.0/8, localhost, ::1); add --allow-remote to load a remote server");
    }

    /** Parses {@code --name value} (or {@code --name=value}) arguments; IllegalArgumentException when invalid. */
    static BenchArgs parse(String... args) {
        Map<String, String> values = read(args);
        check(values.containsKey("--urls"), "--urls is required");
        check(values.containsKey("--http"), "--http is required");
        return new BenchArgs(
                Arrays.stream(values.get("--urls").split(",")).map(String::trim).map(BenchArgs::uri).toList(),
                uri(values.get("--http")),
                integer(values, "--clients", 100), integer(values, "--room-size", 10),
                number(values, "--rate", 1), integer(values, "--duration", 30), integer(values, "--warmup", 0),
                integer(values, "--connect-rate", 500), integer(values, "--drain", 10),
                values.containsKey("--allow-remote"), pids(values.get("--server-pids")),
                Scenario.named(values.getOrDefault("--scenario", Scenario.CHAT.argument())));
    }

    /** The most measured messages (or position reports) one client sends. */
    int messagesPerClient() {
        return messagesPerClient(rate, durationSeconds);
    }

    private static int messagesPerClient(double rate, int durationSeconds) {
        return (int) Math.ceil(rate * durationSeconds) + 2;
    }

    private static Map<String, String> read(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            if (name.equals("--allow-remote") && equals < 0) {
                values.put(name, "true");
            } else if (VALUED.contains(name)) {
                check(equals > 0 || i + 1 < args.length, name + " needs a value");
                values.put(name, equals > 0 ? arg.substring(equals + 1) : args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return values;
    }

    private static int integer(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a whole number: " + value, e);
        }
    }

    private static double number(Map<String, String> values, String name, double fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value, e);
        }
    }

    private static List<Long> pids(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(value.split(",")).map(String::trim).map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--server-pids is not a list of process ids: " + value, e);
        }
    }

    private static URI uri(String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + value, e);
        }
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
