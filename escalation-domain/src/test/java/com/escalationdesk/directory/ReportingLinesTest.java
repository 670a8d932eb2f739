package com.escalationdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.testing.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportingLinesTest {

    final Fixtures f = new Fixtures();
    final Team network = Fixtures.withId(new Team("Network engineering", Fixtures.TIER_2, null));
    final Agent nina = Fixtures.withId(new Agent("nina", "Nina", "n@x.test", "x", network, Set.of(Role.AGENT)));
    final Agent maria = manager("maria");
    final Agent omar = manager("omar");
    final Agent david = manager("david");

    Agent manager(String login) {
        return Fixtures.withId(new Agent(login, login, login + "@x.test", "x", null, Set.of(Role.MANAGER)));
    }

    void reports(Agent who, Agent to) {
        who.change(who.getDisplayName(), who.getEmail(), who.getTeam(), who.getRoles(), who.getApprovalLevel(), to);
    }

    @Test
    void aManagersTeamsAreThoseOfEveryoneUnderThemDirectlyOrThroughOtherManagers() {
        reports(f.alice, maria);
        reports(f.bob, omar);
        reports(nina, omar);
        reports(maria, david);
        reports(omar, david);
        List<Agent> everyone = List.of(f.alice, f.bob, nina, maria, omar, david);

        assertThat(ReportingLines.teamsOf(maria, everyone)).containsExactly(f.frontline);
        assertThat(ReportingLines.teamsOf(omar, everyone)).containsExactlyInAnyOrder(f.billing, network);
        assertThat(ReportingLines.teamsOf(david, everyone)).containsExactlyInAnyOrder(f.frontline, f.billing, network);
        nina.deactivate();
        assertThat(ReportingLines.teamsOf(omar, everyone)).containsExactly(f.billing);
    }
}
