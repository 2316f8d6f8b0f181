package io.kinrealm.adapters.postgres;

import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.audit.port.out.AuditLog;
import io.kinrealm.domain.shared.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The audit log in table {@code audit_log}, insert-only. Entries come back newest first; those written at the same
 * moment in the order they were written (by the identity column). Times are kept to the microsecond.
 */
public final class JdbiAuditLog implements AuditLog {
    private final Jdbi jdbi;

    JdbiAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(AuditEntry entry) {
        Sql.guarded("writing the audit log", () -> jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (at, actor_id, actor_username, action, target, detail)
                        VALUES (:at, :actorId, :actorUsername, :action, :target, :detail)""")
                .bind("at", Sql.utc(entry.at()))
                .bind("actorId", entry.actorId().value())
                .bind("actorUsername", entry.actorUsername())
                .bind("action", entry.action())
                .bind("target", entry.target())
                .bind("detail", entry.detail())
                .execute()));
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return Sql.guarded("reading the audit log", () -> jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT at, actor_id, actor_username, action, target, detail FROM audit_log
                        ORDER BY at DESC, id DESC LIMIT :limit""")
                .bind("limit", limit)
                .map(JdbiAuditLog::entry)
                .list()));
    }

    private static AuditEntry entry(ResultSet row, StatementContext context) throws SQLException {
        return new AuditEntry(Sql.instant(row, "at"), new AccountId(Sql.uuid(row, "actor_id")),
                row.getString("actor_username"), row.getString("action"), row.getString("target"),
                row.getString("detail"));
    }
}
