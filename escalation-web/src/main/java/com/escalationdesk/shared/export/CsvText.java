package com.escalationdesk.shared.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV fields (RFC 4180) that a spreadsheet opens as the text they are. Text that a spreadsheet would
 * take for a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an
 * apostrophe, so that a customer named "=HYPERLINK(...)" opens as text (OWASP CSV injection).
 */
public final class CsvText {

    private CsvText() {
    }

    /** One line of fields, ended by CR LF. */
    public static String line(List<?> values) {
        return values.stream().map(v -> field(v == null ? null : v.toString())).collect(Collectors.joining(",")) + "\r\n";
    }

    /** A field, quoted only where it must be. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = neutralised(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** The text, prefixed with an apostrophe if a spreadsheet would read it as a formula. */
    public static String neutralised(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
