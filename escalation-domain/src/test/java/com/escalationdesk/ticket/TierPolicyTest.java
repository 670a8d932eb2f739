package com.escalationdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.HandoffSummary;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.testing.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TierPolicyTest {

    private final Fixtures f = new Fixtures();
    private final Team network = Fixtures.withId(new Team("Network engineering", Fixtures.TIER_2, null));
    private final Agent nina = Fixtures.withId(new Agent("nina", "Nina Net", "n@x.test", "x", network, Set.of(Role.AGENT)));
    private final Agent maria = Fixtures.withId(new Agent("maria", "Maria Manager", "m@x.test", "x", null, Set.of(Role.MANAGER)));
    private final HandoffSummary handoff = new HandoffSummary("i", "s", "n");

    @Test
    void theOwningTeamWorksItsTicket() {
        Ticket t = f.ticket();

        assertThat(TierPolicy.mayWork(f.alice, t)).isTrue();
        assertThat(TierPolicy.mayWork(f.bob, t)).isFalse();
        assertThat(TierPolicy.mayView(f.bob, t)).isFalse();
    }

    @Test
    void afterEscalationTheSenderKeepsReadAccessOnly() {
        Ticket t = f.ticket();
        t.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, Fixtures.NOW);

        assertThat(TierPolicy.mayView(f.alice, t)).isTrue();
        assertThat(TierPolicy.mayWork(f.alice, t)).isFalse();
        assertThat(TierPolicy.mayWork(f.bob, t)).isTrue();
        assertThat(TierPolicy.mayView(nina, t)).isFalse();
    }

    @Test
    void onlyTheReceivingTeamDecidesAnEscalation() {
        Ticket t = f.ticket();
        Escalation e = t.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, Fixtures.NOW);

        assertThat(TierPolicy.mayDecide(f.bob, e)).isTrue();
        assertThatThrownBy(() -> TierPolicy.requireDecide(f.alice, e))
                .isInstanceOf(AccessRefused.class)
                .hasMessage("Only members of Billing specialists can accept or return this escalation; you are in Frontline support.");
        assertThatThrownBy(() -> TierPolicy.requireDecide(nina, e)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void managersSeeEveryTicketButDoNotWorkIt() {
        Ticket t = f.ticket();

        assertThat(TierPolicy.mayView(maria, t)).isTrue();
        assertThat(TierPolicy.mayWork(maria, t)).isFalse();
    }
}
