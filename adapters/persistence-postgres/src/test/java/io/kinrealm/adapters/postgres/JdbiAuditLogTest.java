package io.kinrealm.adapters.postgres;

import io.kinrealm.application.audit.port.out.AuditLog;
import io.kinrealm.testing.contract.AuditLogContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class JdbiAuditLogTest extends AuditLogContract {
    private final PostgresDatabase database;

    JdbiAuditLogTest(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    protected AuditLog newAuditLog() {
        return database.auditLog();
    }
}
