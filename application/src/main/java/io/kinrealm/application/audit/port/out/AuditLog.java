package io.kinrealm.application.audit.port.out;

import java.util.List;

/** Every privileged act of the world, appended and never changed. */
public interface AuditLog {

    /** Keeps an entry for good. */
    void append(AuditEntry entry);

    /** The latest entries, newest first, at most {@code limit} of them. */
    List<AuditEntry> latest(int limit);
}
