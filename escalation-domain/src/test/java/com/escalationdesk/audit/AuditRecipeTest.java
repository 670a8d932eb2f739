package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The hash recipe exactly as docs/audit-trail.md specifies it; the expected values come from tools/verify-audit.py. */
class AuditRecipeTest {

    private static final Instant AT = Instant.parse("2026-11-29T09:30:00.123456Z");

    private static AuditEntry entry(AuditRecipe recipe, String summary, String before, long micros) {
        AuditEntry e = AuditEntry.stored(recipe, "ticket:ESC-10001", 1, "alice", AuditAction.TICKET_CREATED, summary, before,
                "{\"status\":\"OPEN\"}", micros, AuditEntry.GENESIS, null);
        return AuditEntry.stored(recipe, "ticket:ESC-10001", 1, "alice", AuditAction.TICKET_CREATED, summary, before,
                "{\"status\":\"OPEN\"}", micros, AuditEntry.GENESIS, e.computeHash());
    }

    @Test
    void theSecondRecipeEncodesEachFieldWithItsByteLengthAndANullAsN() {
        AuditEntry e = entry(AuditRecipe.V2, "Café refund — 2 €", null, AuditEntry.micros(AT));
        String leafStart = new String(AuditRecipe.leafData(e), StandardCharsets.UTF_8);

        assertThat(leafStart).startsWith("S23:escalation-desk-audit/2S16:ticket:ESC-10001S1:1S5:aliceS14:TICKET_CREATED"
                + "S22:Café refund — 2 €NS17:{\"status\":\"OPEN\"}S16:1795944600123456S64:" + "0".repeat(64));
        assertThat(e.getHash()).isEqualTo("e284567687d953bd80076789bdd8d505f747c6b1b65bc8ed2681294be01d3769");
        assertThat(MerkleTree.hex(MerkleTree.leafHash(AuditRecipe.leafData(e))))
                .isEqualTo("5c375c4b970044a74e31e765f764d54e8e611b883554341472a0fa68893d2851");
    }

    @Test
    void theFirstRecipeStillVerifiesWhatWasWrittenUnderIt() {
        AuditEntry e = entry(AuditRecipe.V1, "Café refund — 2 €", null, 1795944600123000L);

        assertThat(e.getHash()).isEqualTo("b170076252b91386ed7e9cba385f6ab291d47e90b6ddecaccc2a2667a057f08a");
    }

    @Test
    void aNullAndTheTextOfOneNulCharacterHashApartUnderTheSecondRecipeOnly() {
        long at = AuditEntry.micros(AT);

        assertThat(entry(AuditRecipe.V2, "s", null, at).getHash()).isNotEqualTo(entry(AuditRecipe.V2, "s", "\u0000", at).getHash());
        assertThat(entry(AuditRecipe.V1, "s", null, at).getHash()).isEqualTo(entry(AuditRecipe.V1, "s", "\u0000", at).getHash());
    }

    @Test
    void aTimeChangedByOneMicrosecondChangesTheHash() {
        long at = AuditEntry.micros(AT);

        assertThat(entry(AuditRecipe.V2, "s", null, at).getHash()).isNotEqualTo(entry(AuditRecipe.V2, "s", null, at + 1).getHash());
    }

    @Test
    void fieldsCannotTradeCharactersAcrossTheirBoundary() {
        long at = AuditEntry.micros(AT);

        assertThat(entry(AuditRecipe.V2, "ab", "c", at).getHash()).isNotEqualTo(entry(AuditRecipe.V2, "a", "bc", at).getHash());
        assertThat(entry(AuditRecipe.V2, "S1:a", null, at).getHash()).isNotEqualTo(entry(AuditRecipe.V2, "", "a", at).getHash());
    }

    @Test
    void theTimeIsKeptAndHashedAsMicrosecondsSinceTheEpochInUtc() {
        AuditEntry e = AuditEntry.append(null, "c", "alice", AuditAction.NOTE_ADDED, "n", null, null,
                Instant.parse("1970-01-01T00:00:01.000002999Z"));

        assertThat(e.getOccurredMicros()).isEqualTo(1_000_002L);
        assertThat(e.getOccurredAt()).isEqualTo(Instant.parse("1970-01-01T00:00:01.000002Z"));
        assertThat(AuditEntry.micros(Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1L);
        assertThat(HexFormat.of().formatHex(AuditRecipe.sha256())).startsWith("e3b0c442");
    }
}
