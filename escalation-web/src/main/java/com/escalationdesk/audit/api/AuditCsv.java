package com.escalationdesk.audit.api;

import com.escalationdesk.audit.AuditRow;
import java.util.List;

/**
 * Audit rows as CSV (RFC 4180), one line per entry, with a header. Text that a spreadsheet would
 * take for a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an
 * apostrophe, so that a customer named "=HYPERLINK(...)" opens as text (OWASP CSV injection).
 */
final class AuditCsv {

    private static final String HEADER = "chain,sequence_no,occurred_at,actor,action,summary,before,after,previous_hash,hash,occurred_at_us,recipe,log_index";

    private AuditCsv() {
    }

    static String of(List<AuditRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditRow r : rows) {
            csv.append(field(r.chain())).append(',').append(r.sequenceNo()).append(',').append(r.occurredAt()).append(',')
                    .append(field(r.actor())).append(',').append(r.action()).append(',').append(field(r.summary())).append(',')
                    .append(field(r.before())).append(',').append(field(r.after())).append(',')
                    .append(r.previousHash()).append(',').append(r.hash()).append(',').append(r.occurredAtMicros()).append(',')
                    .append(r.recipe()).append(',').append(r.logIndex() == null ? "" : r.logIndex()).append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
