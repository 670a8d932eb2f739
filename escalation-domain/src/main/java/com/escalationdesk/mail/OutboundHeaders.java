package com.escalationdesk.mail;

/**
 * The header fields that thread an email of the desk and bring its answer back.
 *
 * @param messageId its own id, without angle brackets
 * @param inReplyTo the id of the customer's email it answers (angle brackets included), or null
 * @param references the thread's ids, as {@link MailHeaders#references} writes them, or null
 * @param replyTo where an answer goes (the desk's address with the ticket after a plus), or null
 * @param automatic sent by the desk on its own (a receipt, a warning), not a person's words: marked
 *     {@code Auto-Submitted: auto-generated} (RFC 3834), so responders do not answer it
 */
public record OutboundHeaders(String messageId, String inReplyTo, String references, String replyTo, boolean automatic) {

    /** An email about no ticket: only an id, and sent by the desk on its own. */
    public static OutboundHeaders single(String messageId) {
        return new OutboundHeaders(messageId, null, null, null, true);
    }
}
