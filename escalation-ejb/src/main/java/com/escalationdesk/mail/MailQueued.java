package com.escalationdesk.mail;

/** An email entered the outbox and is due now; raised inside the transaction that queued it. */
public record MailQueued(long mailId) {
}
