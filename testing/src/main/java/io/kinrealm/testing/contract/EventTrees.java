package io.kinrealm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares event data as it may come back from a bus that carries it as JSON: maps and lists with the same content,
 * integral numbers as any integral {@link Number} of the same value (an {@code int} may come back as a {@code Long}),
 * fractional numbers as any {@link Number} of the same double value, and strings, booleans and nulls as they were.
 */
final class EventTrees {
    private EventTrees() {
    }

    /** Data with every kind of value an event may carry: nested maps and lists, numbers, booleans, nulls. */
    static Map<String, Object> everyKindOfValue() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("ok", true);
        nested.put("none", null);
        nested.put("tags", List.of("ashnar", "iril"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text", "Caf\u00E9 \uD83D\uDC09 \"quoted\" \\ back");
        data.put("small", 42);
        data.put("big", 1L << 40);
        data.put("negative", -7L);
        data.put("fraction", 2.5);
        data.put("off", false);
        data.put("missing", null);
        data.put("list", List.of(1, "two", List.of(3.25), Map.of("four", 4)));
        data.put("nested", nested);
        data.put("empty", Map.of());
        return data;
    }

    static void assertSameTree(String path, Object actual, Object expected) {
        switch (expected) {
            case null -> assertThat(actual).as(path).isNull();
            case Map<?, ?> map -> assertSameMap(path, actual, map);
            case List<?> list -> assertSameList(path, actual, list);
            case Double fractional -> assertThat(actual).as(path).isInstanceOfSatisfying(Number.class,
                    number -> assertThat(number.doubleValue()).as(path).isEqualTo(fractional));
            case Number integral -> assertThat(actual).as(path).isInstanceOfSatisfying(Number.class,
                    number -> assertThat(number.longValue()).as(path).isEqualTo(integral.longValue()));
            default -> assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static void assertSameMap(String path, Object actual, Map<?, ?> expected) {
        assertThat(actual).as(path).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) actual;
        Set<Object> keys = new HashSet<>(map.keySet());
        assertThat(keys).as(path + " keys").isEqualTo(new HashSet<Object>(expected.keySet()));
        expected.forEach((key, value) -> assertSameTree(path + "." + key, map.get(key), value));
    }

    private static void assertSameList(String path, Object actual, List<?> expected) {
        assertThat(actual).as(path).isInstanceOf(List.class);
        List<?> list = (List<?>) actual;
        assertThat(list).as(path).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertSameTree(path + "[" + i + "]", list.get(i), expected.get(i));
        }
    }
}
