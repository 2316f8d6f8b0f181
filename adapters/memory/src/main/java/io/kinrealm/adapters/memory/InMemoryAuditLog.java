package io.kinrealm.adapters.memory;

import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.audit.port.out.AuditLog;
import java.util.ArrayList;
import java.util.List;

/** The audit log of this process, lost when it stops: for tests and single-node trials. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> latest(int limit) {
        return entries.reversed().stream().limit(limit).toList();
    }
}
