package com.escalationdesk.audit.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void textASpreadsheetWouldTakeForAFormulaIsExportedAsText() {
        assertThat(AuditCsv.field("=HYPERLINK(\"http://evil.example\",\"Click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
        assertThat(AuditCsv.field("+31 20 123")).isEqualTo("'+31 20 123");
        assertThat(AuditCsv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AuditCsv.field("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void ordinaryTextIsUnchangedAndQuotedOnlyWhenItMustBe() {
        assertThat(AuditCsv.field("Escalated to Billing specialists")).isEqualTo("Escalated to Billing specialists");
        assertThat(AuditCsv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(AuditCsv.field("3 = 3")).isEqualTo("3 = 3");
        assertThat(AuditCsv.field("")).isEmpty();
        assertThat(AuditCsv.field(null)).isEmpty();
    }
}
