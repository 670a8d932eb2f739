package com.escalationdesk.audit;

import java.io.Serializable;
import java.util.List;

/**
 * A ticket's audit trail as one self-contained file: its entries, the newest checkpoint, and for each
 * entry the checkpoint covers its inclusion proof (RFC 6962 audit path, hex, leaf to root), so that
 * a customer or an auditor can check this one ticket without the desk's database. Entries written
 * after the checkpoint have no proof yet.
 */
public record TicketAuditExport(String chain, List<AuditRow> entries, CheckpointDocument checkpoint, List<Inclusion> inclusion)
        implements Serializable {

    /** The audit path of the entry at {@code logIndex} in the checkpoint's tree. */
    public record Inclusion(long logIndex, List<String> path) implements Serializable {
    }
}
