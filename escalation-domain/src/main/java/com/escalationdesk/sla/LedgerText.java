package com.escalationdesk.sla;

import com.escalationdesk.shared.RuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A clock's ledger as one column: a line per stretch, {@code running|paused from until}, with
 * {@code -} for a stretch that lasts. Readable in the database, exact to the nanosecond, and
 * written whole each time, so a change never leaves half a ledger.
 */
final class LedgerText {

    static final int MAX_LENGTH = 20000;

    private LedgerText() {
    }

    static String write(List<ClockLedger.Stretch> stretches) {
        String text = stretches.stream()
                .map(s -> (s.running() ? "running " : "paused ") + s.from() + " " + (s.until() == null ? "-" : s.until()))
                .collect(Collectors.joining("\n"));
        if (text.length() > MAX_LENGTH) {
            throw new RuleViolation("This ticket has waited on the customer more often than its service-level clock"
                    + " can count (about 170 times); resolve it and take the rest in as a new ticket.");
        }
        return text;
    }

    static List<ClockLedger.Stretch> read(String text) {
        List<ClockLedger.Stretch> stretches = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split(" ");
            stretches.add(new ClockLedger.Stretch(Instant.parse(parts[1]), parts[2].equals("-") ? null
                    : Instant.parse(parts[2]), parts[0].equals("running")));
        }
        return stretches;
    }
}
