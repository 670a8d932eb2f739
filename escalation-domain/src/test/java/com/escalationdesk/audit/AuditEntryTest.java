package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:30:00.123456Z");

    @Test
    void theFirstEntryOfAChainLinksToGenesis() {
        AuditEntry first = AuditEntry.append(null, "ticket:ESC-10001", "alice", AuditAction.TICKET_CREATED,
                "Ticket created", null, "{}", AT);

        assertThat(first.getSequenceNo()).isEqualTo(1);
        assertThat(first.getPreviousHash()).isEqualTo(AuditEntry.GENESIS);
        assertThat(first.getHash()).hasSize(64).isNotEqualTo(AuditEntry.GENESIS);
        assertThat(first.isIntactAfter(AuditEntry.GENESIS)).isTrue();
    }

    @Test
    void eachEntryLinksToItsPredecessorsHash() {
        AuditEntry first = AuditEntry.append(null, "ticket:ESC-10001", "alice", AuditAction.TICKET_CREATED,
                "Ticket created", null, "{}", AT);
        AuditEntry second = AuditEntry.append(first, "ticket:ESC-10001", "alice", AuditAction.NOTE_ADDED,
                "Note", "{}", "{}", AT.plusSeconds(5));

        assertThat(second.getSequenceNo()).isEqualTo(2);
        assertThat(second.getPreviousHash()).isEqualTo(first.getHash());
        assertThat(second.isIntactAfter(first.getHash())).isTrue();
    }

    @Test
    void changingAnyRecordedFieldBreaksTheHash() throws Exception {
        AuditEntry entry = AuditEntry.append(null, "ticket:ESC-10001", "alice", AuditAction.ESCALATED,
                "Escalated to Billing specialists", "{\"status\":\"OPEN\"}", "{\"status\":\"ESCALATED\"}", AT);
        Field after = AuditEntry.class.getDeclaredField("afterState");
        after.setAccessible(true);
        after.set(entry, "{\"status\":\"RESOLVED\"}");

        assertThat(entry.isIntactAfter(AuditEntry.GENESIS)).isFalse();
    }

    @Test
    void theTimeIsKeptToTheMicrosecondAsStoredAndHashed() {
        AuditEntry entry = AuditEntry.append(null, "c", "alice", AuditAction.NOTE_ADDED, "n", null, null, AT);

        assertThat(entry.getOccurredAt()).isEqualTo(Instant.parse("2026-11-24T09:30:00.123456Z"));
    }

    @Test
    void canonicalJsonSortsKeysAndEscapes() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("team", "Billing \"specialists\"");
        state.put("assignee", null);
        state.put("count", 2);

        assertThat(CanonicalJson.of(state)).isEqualTo("{\"assignee\":null,\"count\":2,\"team\":\"Billing \\\"specialists\\\"\"}");
    }
}
