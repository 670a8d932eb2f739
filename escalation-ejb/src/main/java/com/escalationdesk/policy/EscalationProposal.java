package com.escalationdesk.policy;

import java.io.Serializable;

/** What the active policy proposes for escalating a ticket now: a team (or none) and why. */
public record EscalationProposal(Long teamId, String teamName, String policy) implements Serializable {
}
