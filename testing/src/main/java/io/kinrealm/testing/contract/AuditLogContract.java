package io.kinrealm.testing.contract;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static io.kinrealm.testing.contract.ContractFixtures.aUsername;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.audit.port.out.AuditEntry;
import io.kinrealm.application.audit.port.out.AuditLog;
import io.kinrealm.domain.shared.AccountId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} must do: keep every entry with everything it was written with, and give the latest
 * back newest first, at most as many as asked for.
 */
public abstract class AuditLogContract {
    /** Each test writes later than the tests before it, since storage may keep their entries. */
    private static final AtomicLong HOURS = new AtomicLong();
    private AuditLog auditLog;
    private Instant base;

    /** An audit log that only this test class appends to while it runs (earlier entries may be there). */
    protected abstract AuditLog newAuditLog();

    @BeforeEach
    public void openAuditLog() {
        auditLog = newAuditLog();
        base = NOW.plus(HOURS.incrementAndGet(), ChronoUnit.HOURS);
    }

    private static AuditEntry aGrant(Instant at, String role) {
        return new AuditEntry(at, new AccountId(UUID.randomUUID()), aUsername().value(), AuditEntry.ROLE_GRANTED,
                aUsername().value(), role);
    }

    @Test
    public void every_entry_comes_back_newest_first_with_who_did_what_to_whom_and_when() {
        AuditEntry first = aGrant(base.plusSeconds(10), "moderator");
        AuditEntry second = aGrant(base.plusSeconds(20), "operator");
        AuditEntry third = aGrant(base.plusSeconds(30), "moderator");

        auditLog.append(first);
        auditLog.append(second);
        auditLog.append(third);

        assertThat(auditLog.latest(3)).containsExactly(third, second, first);
    }

    @Test
    public void no_more_entries_than_asked_for_come_back() {
        AuditEntry older = aGrant(base.plusSeconds(40), "moderator");
        AuditEntry newer = aGrant(base.plusSeconds(50), "operator");
        auditLog.append(older);
        auditLog.append(newer);

        assertThat(auditLog.latest(1)).containsExactly(newer);
    }

    @Test
    public void entries_written_at_the_same_moment_come_back_latest_written_first() {
        AuditEntry written = aGrant(base.plusSeconds(60), "moderator");
        AuditEntry writtenAfter = aGrant(base.plusSeconds(60), "operator");
        auditLog.append(written);
        auditLog.append(writtenAfter);

        assertThat(auditLog.latest(2)).containsExactly(writtenAfter, written);
    }
}
