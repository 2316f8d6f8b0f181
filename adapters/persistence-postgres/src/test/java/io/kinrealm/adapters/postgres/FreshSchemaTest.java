package io.kinrealm.adapters.postgres;

import io.kinrealm.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Tests that start and stop their own databases, each test in a schema of its own that is dropped after it. */
abstract class FreshSchemaTest {
    FreshSchema schema;

    /** Skips (or fails, where services are required) the whole class when no PostgreSQL is configured. */
    @BeforeAll
    static void needPostgres() {
        TestServices.postgres();
    }

    @BeforeEach
    void createSchema() {
        schema = new FreshSchema();
    }

    @AfterEach
    void dropSchema() throws Exception {
        schema.close();
    }
}
