package com.escalationdesk.attachment;

import com.escalationdesk.shared.RuleViolation;

/**
 * How large a file, and all of a ticket's files together, may be. An admin sets both (the desk
 * settings {@value #FILE_SETTING} and {@value #TICKET_SETTING}, in MB); until then 10 MB a file and
 * 50 MB a ticket.
 */
public record AttachmentLimits(long fileBytes, long ticketBytes) {

    public static final String FILE_SETTING = "attachments.maxFileMb";
    public static final String TICKET_SETTING = "attachments.maxTicketMb";
    public static final AttachmentLimits DEFAULT = new AttachmentLimits(10 * MB(), 50 * MB());
    /** The most an admin may allow: the servers' upload limit (web.xml's multipart-config) is above it. */
    public static final int MOST_MB = 100;

    private static long MB() {
        return 1024L * 1024L;
    }

    public static AttachmentLimits ofMegabytes(int fileMb, int ticketMb) {
        if (fileMb < 1 || fileMb > MOST_MB) {
            throw new RuleViolation("A file may be allowed 1 to " + MOST_MB + " MB.");
        }
        if (ticketMb < fileMb || ticketMb > 10 * MOST_MB) {
            throw new RuleViolation("A ticket's files together may be allowed from the size of one file (" + fileMb + " MB) to "
                    + 10 * MOST_MB + " MB.");
        }
        return new AttachmentLimits(fileMb * MB(), ticketMb * MB());
    }

    public int fileMb() {
        return (int) (fileBytes / MB());
    }

    public int ticketMb() {
        return (int) (ticketBytes / MB());
    }

    /** Refuses a file too large alone, or too large beside the ticket's files so far. */
    public void check(String fileName, long size, long ticketSoFar) {
        if (size == 0) {
            throw new RuleViolation("The file " + fileName + " is empty.");
        }
        if (size > fileBytes) {
            throw new RuleViolation("The file " + fileName + " is " + readable(size) + "; a file may be at most " + fileMb() + " MB.");
        }
        if (ticketSoFar + size > ticketBytes) {
            throw new RuleViolation("The file " + fileName + " (" + readable(size) + ") would take this ticket's files past "
                    + ticketMb() + " MB (" + readable(ticketSoFar) + " so far).");
        }
    }

    public static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < MB()) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) MB());
    }
}
