package io.kinrealm.application.fakes;

import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.audit.port.out.AuditLog;
import java.util.ArrayList;
import java.util.List;

/** Audit entries in a list, in the order they were appended. */
public final class FakeAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return entries.reversed().stream().limit(limit).toList();
    }
}
