package com.escalationdesk.audit.api;

import static com.escalationdesk.shared.export.CsvText.field;

import com.escalationdesk.audit.AuditRow;
import com.escalationdesk.shared.export.CsvText;
import java.util.List;

/**
 * Audit rows as CSV (RFC 4180), one line per entry, with a header; text that a spreadsheet would
 * take for a formula is neutralised as {@link CsvText} does.
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
}
