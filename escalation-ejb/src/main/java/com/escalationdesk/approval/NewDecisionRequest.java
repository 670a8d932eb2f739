package com.escalationdesk.approval;

import java.math.BigDecimal;

/** What an agent asks for: a kind of decision, its amount where it has one, and why. */
public record NewDecisionRequest(String ticketNumber, String kindCode, BigDecimal amount, String currency,
        String justification) {
}
