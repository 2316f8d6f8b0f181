package io.kinrealm.adapters.memory;

import io.kinrealm.application.audit.port.out.AuditLog;
import io.kinrealm.testing.contract.AuditLogContract;

class InMemoryAuditLogTest extends AuditLogContract {
    @Override
    protected AuditLog newAuditLog() {
        return new InMemoryAuditLog();
    }
}
