package com.escalationdesk.attachment;

import java.io.Serializable;
import java.time.Instant;

/**
 * A file on a ticket as the pages and the API show it.
 *
 * @param noteId the note, reply or customer message it came with, or null when on the ticket itself
 * @param forCustomer the customer sees it (on a public reply, or a message of theirs)
 */
public record AttachmentView(long id, String ticketNumber, Long noteId, String fileName, String contentType, long sizeBytes,
        String sha256, boolean image, boolean forCustomer, Instant uploadedAt, String uploadedBy) implements Serializable {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getId(), a.getTicket().getNumber(), a.getNote() == null ? null : a.getNote().getId(),
                a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256(), a.getKind().image(), a.isForCustomer(),
                a.getUploadedAt(), a.getUploadedBy());
    }

    public String size() {
        return AttachmentLimits.readable(sizeBytes);
    }
}
