package com.escalationdesk.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void textASpreadsheetWouldTakeForAFormulaIsExportedAsText() {
        assertThat(CsvText.field("=HYPERLINK(\"http://evil.example\",\"Click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
        assertThat(CsvText.field("+31 20 123")).isEqualTo("'+31 20 123");
        assertThat(CsvText.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvText.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvText.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvText.field("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void ordinaryTextIsUnchangedAndQuotedOnlyWhenItMustBe() {
        assertThat(CsvText.field("Escalated to Billing specialists")).isEqualTo("Escalated to Billing specialists");
        assertThat(CsvText.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvText.field("3 = 3")).isEqualTo("3 = 3");
        assertThat(CsvText.field("")).isEmpty();
        assertThat(CsvText.field(null)).isEmpty();
    }

    @Test
    void aLineJoinsItsFieldsAndEndsWithCrLf() {
        assertThat(CsvText.line(java.util.Arrays.asList("Frontline support", 12L, null, "=1+1")))
                .isEqualTo("Frontline support,12,,'=1+1\r\n");
    }
}
