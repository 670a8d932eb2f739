package com.escalationdesk.policy;

/** One past ticket replayed in a dry run, with its latest decision request folded into the facts. */
public record DryRunCase(String ticketNumber, String subject, PolicyFacts facts) {
}
