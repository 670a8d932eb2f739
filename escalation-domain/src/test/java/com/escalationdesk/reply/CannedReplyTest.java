package com.escalationdesk.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.Fixtures;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CannedReplyTest {

    private final Fixtures f = new Fixtures();
    private final Agent lead = Fixtures.withId(new Agent("lena", "Lena Lead", "lena@example.test", "x", f.frontline,
            Set.of(Role.AGENT, Role.MANAGER)).approvingAt(AuthorityLevel.TEAM_LEAD));

    @Test
    void placeholdersAreFilledFromTheTicketAnyCaseAndSpacingAndTheRestIsLeftAsWritten() {
        CannedReply reply = new CannedReply(f.alice, false, "Refund on its way",
                "Dear {{customer}}, about {{ ticket }} ({{Subject}}): the refund is on its way. {{agent}}", Fixtures.NOW);

        assertThat(reply.fill(Map.of("customer", "Jane Doe", "ticket", "ESC-10001", "subject", "Charged twice", "agent", "Alice")))
                .isEqualTo("Dear Jane Doe, about ESC-10001 (Charged twice): the refund is on its way. Alice");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingTheOnesThereAre() {
        assertThatThrownBy(() -> new CannedReply(f.alice, false, "Hi", "Hello {{firstname}} and {{order}}", Fixtures.NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Unknown placeholder {{firstname}}, {{order}}: a reply may hold {{customer}}, {{ticket}}, {{subject}}, {{agent}}.");
    }

    @Test
    void aTeamLeadSharesWithTheTeamAndKeepsItAnAgentKeepsOnlyTheirOwn() {
        CannedReply shared = new CannedReply(lead, true, "Greeting", "Hello {{customer}}", Fixtures.NOW);
        assertThat(shared.isShared()).isTrue();
        assertThat(shared.getTeam()).isSameAs(f.frontline);
        assertThat(shared.keptBy(lead)).isTrue();
        assertThat(shared.keptBy(f.alice)).as("a teammate uses it but does not change it").isFalse();
        assertThatThrownBy(() -> shared.change(f.alice, "Mine now", "x", Fixtures.NOW))
                .hasMessage("Only a team lead of Frontline support changes its shared replies.");

        assertThatThrownBy(() -> new CannedReply(f.alice, true, "Shared?", "x", Fixtures.NOW))
                .hasMessage("Only a team lead shares replies with the team; keep it as your own.");
        CannedReply own = new CannedReply(f.alice, false, "Mine", "x", Fixtures.NOW);
        assertThat(own.keptBy(f.alice)).isTrue();
        assertThat(own.keptBy(lead)).as("not even a team lead changes an agent's own").isFalse();
    }

    @Test
    void anAgentUsesHerOwnRepliesAndHerTeamsSharedOnesOnly() {
        CannedReply shared = new CannedReply(lead, true, "Greeting", "Hello {{customer}}", Fixtures.NOW);
        CannedReply alices = new CannedReply(f.alice, false, "Mine", "x", Fixtures.NOW);

        assertThat(shared.usableBy(f.alice)).as("a teammate of the lead").isTrue();
        assertThat(shared.usableBy(f.bob)).as("another team").isFalse();
        assertThat(alices.usableBy(f.alice)).isTrue();
        assertThat(alices.usableBy(lead)).as("an agent's own is hers alone").isFalse();
    }
}
