package io.kinrealm.adapters.redis;

import io.kinrealm.testing.TestServices;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One node on the test Redis for a whole test class, under a key prefix no other run uses; the node is closed and the
 * prefix's keys removed after the class. Register it as a static field with {@code @RegisterExtension}. Without a
 * test Redis the class is skipped (or failed, when services are required), as {@link TestServices} decides.
 */
final class RedisTestNode implements BeforeAllCallback, AfterAllCallback {
    private final String prefix = RedisTestKeys.newPrefix();
    private URI url;
    private RedisConnection node;

    @Override
    public void beforeAll(ExtensionContext context) {
        url = TestServices.redis();
        node = RedisConnection.connect(new RedisSettings(url, prefix));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (node != null) {
            node.close();
            RedisTestKeys.deleteAll(url, prefix);
        }
    }

    RedisConnection node() {
        return node;
    }

    /** A second node of the same cluster (same Redis, same prefix); the caller closes it. */
    RedisConnection anotherNode() {
        return RedisConnection.connect(new RedisSettings(url, prefix));
    }

    URI url() {
        return url;
    }

    String prefix() {
        return prefix;
    }
}
