package io.kinrealm.adapters.postgres;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link PostgresDatabase} for the whole test run, on a fresh schema that is dropped when the run ends. Test
 * classes extended with it receive the database as a constructor parameter; where no PostgreSQL is configured the
 * class is skipped (or fails, where services are required) before it is built.
 */
final class SharedDatabase implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedDatabase.class);

    /** The database and its schema, closed and dropped by JUnit when the root context closes. */
    private record Running(FreshSchema schema, PostgresDatabase database) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            try (schema) {
                database.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).database();
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, type -> {
            FreshSchema schema = new FreshSchema();
            return new Running(schema, PostgresDatabase.start(schema.settings(), null));
        }, Running.class);
    }
}
