package com.escalationdesk.approval;

import static com.escalationdesk.directory.AuthorityLevel.MANAGER;
import static com.escalationdesk.directory.AuthorityLevel.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.Fixtures;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Ticket;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionRequestTest {

    private final Fixtures f = new Fixtures();
    private final Agent lena = approver("lena", "Lena Lead", Set.of(Role.AGENT, Role.MANAGER), TEAM_LEAD);
    private final Agent maria = approver("maria", "Maria Manager", Set.of(Role.MANAGER), MANAGER);
    private final Agent omar = approver("omar", "Omar Manager", Set.of(Role.MANAGER), MANAGER);

    private Agent approver(String login, String name, Set<Role> roles, AuthorityLevel level) {
        return Fixtures.withId(new Agent(login, name, login + "@x.test", "x", roles.contains(Role.AGENT) ? f.frontline : null,
                roles)).approvingAt(level);
    }

    private DecisionRequest refund(Ticket t, Agent requester, List<AuthorityLevel> chain) {
        return new DecisionRequest(t, ApprovalChainTest.REFUND, Money.of("1200", "EUR"), "Double charge, loyal customer",
                requester, chain, Fixtures.NOW);
    }

    @Test
    void withAnEmptyChainTheRequesterDecidedWithinTheirAuthority() {
        DecisionRequest r = refund(f.ticket(), f.alice, List.of());

        assertThat(r.getState()).isEqualTo(DecisionState.DECIDED_WITHIN_AUTHORITY);
        assertThat(r.getDecidedAt()).isEqualTo(Fixtures.NOW);
    }

    @Test
    void eachLevelApprovesInTurnUntilTheLast() {
        DecisionRequest r = refund(f.ticket(), f.alice, List.of(TEAM_LEAD, MANAGER));

        r.approve(lena, "Fine by me", Fixtures.NOW);
        assertThat(r.getState()).isEqualTo(DecisionState.PENDING);
        assertThat(r.currentLevel()).isEqualTo(MANAGER);
        assertThatThrownBy(() -> r.approve(lena, null, Fixtures.NOW)).isInstanceOf(AccessRefused.class)
                .hasMessage("This step needs a manager or above.");

        r.approve(maria, null, Fixtures.NOW);
        assertThat(r.getState()).isEqualTo(DecisionState.APPROVED);
        assertThat(r.getSteps()).extracting(ApprovalStep::getLevel).containsExactly(TEAM_LEAD, MANAGER);
    }

    @Test
    void aHigherLevelMayDecideALowerStepButNotTwoSteps() {
        DecisionRequest r = refund(f.ticket(), f.alice, List.of(TEAM_LEAD, MANAGER));

        r.approve(maria, null, Fixtures.NOW);

        assertThatThrownBy(() -> r.approve(maria, null, Fixtures.NOW)).isInstanceOf(AccessRefused.class)
                .hasMessageContaining("already approved an earlier step");
        r.approve(omar, null, Fixtures.NOW);
        assertThat(r.getState()).isEqualTo(DecisionState.APPROVED);
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        DecisionRequest r = refund(f.ticket(), lena, List.of(MANAGER));
        DecisionRequest own = refund(f.ticket(), maria, List.of(MANAGER));

        assertThatThrownBy(() -> own.approve(maria, null, Fixtures.NOW)).isInstanceOf(AccessRefused.class)
                .hasMessage("Nobody approves their own request.");
        assertThat(r.mayBeDecidedBy(maria)).isTrue();
    }

    @Test
    void someoneWhoWorkedTheTicketDoesNotApproveOnIt() {
        Ticket t = f.ticket();
        t.addNote(lena, "I talked to the customer", NoteVisibility.INTERNAL, Fixtures.NOW);
        DecisionRequest r = refund(t, f.alice, List.of(TEAM_LEAD));

        assertThatThrownBy(() -> r.approve(lena, null, Fixtures.NOW)).isInstanceOf(AccessRefused.class)
                .hasMessage("You worked ticket " + t.getNumber() + "; someone who did not must decide.");
        assertThat(r.mayBeDecidedBy(lena)).isFalse();
        assertThat(r.mayBeDecidedBy(maria)).isTrue();
    }

    @Test
    void rejectingNeedsAReasonAndEndsTheRequest() {
        DecisionRequest r = refund(f.ticket(), f.alice, List.of(TEAM_LEAD, MANAGER));

        assertThatThrownBy(() -> r.reject(lena, " ", Fixtures.NOW)).isInstanceOf(RuleViolation.class)
                .hasMessage("A reason for rejecting is required.");
        r.reject(lena, "The second charge was refunded by the bank already", Fixtures.NOW);

        assertThat(r.getState()).isEqualTo(DecisionState.REJECTED);
        assertThatThrownBy(() -> r.approve(maria, null, Fixtures.NOW)).hasMessage("This request was already rejected.");
    }

    @Test
    void aWithdrawnRequestKeepsItsReasonAndCanNoLongerBeDecided() {
        DecisionRequest r = refund(f.ticket(), f.alice, List.of(TEAM_LEAD, MANAGER));
        r.approve(lena, null, Fixtures.NOW);

        assertThatThrownBy(() -> r.withdraw(" ", Fixtures.NOW)).hasMessage("A reason for withdrawing is required.");
        r.withdraw("Refunded through the bank's chargeback", Fixtures.NOW);

        assertThat(r.getState()).isEqualTo(DecisionState.WITHDRAWN);
        assertThat(r.getWithdrawnReason()).isEqualTo("Refunded through the bank's chargeback");
        assertThat(r.currentLevel()).isNull();
        assertThat(r.mayBeDecidedBy(maria)).isFalse();
        assertThat(r.auditState()).containsEntry("decision.state", DecisionState.WITHDRAWN)
                .containsEntry("decision.withdrawnReason", "Refunded through the bank's chargeback");
        assertThatThrownBy(() -> r.approve(maria, null, Fixtures.NOW)).hasMessage("This request was already withdrawn.");
        assertThatThrownBy(() -> r.withdraw("again", Fixtures.NOW)).hasMessage("This request was already withdrawn.");
    }

    @Test
    void aDelegateDecidesWithTheAuthorityOfTheApproverWhoIsAwayAndBothAreRecorded() {
        Agent david = approver("david", "David Director", Set.of(Role.MANAGER), AuthorityLevel.DIRECTOR);
        DecisionRequest r = refund(f.ticket(), lena, List.of(MANAGER, AuthorityLevel.DIRECTOR));
        r.approve(maria, null, Fixtures.NOW);
        assertThat(r.mayBeDecidedBy(omar)).as("a manager alone cannot decide the director step").isFalse();

        r.approve(omar, david, "For David, who is on holiday", Fixtures.NOW);

        assertThat(r.getState()).isEqualTo(DecisionState.APPROVED);
        assertThat(r.getSteps().get(1).getApprover()).isSameAs(omar);
        assertThat(r.getSteps().get(1).getOnBehalfOf()).isSameAs(david);
    }

    @Test
    void aDelegateDoesNotApproveTheRequestOfTheApproverTheyStandInFor() {
        DecisionRequest r = refund(f.ticket(), maria, List.of(AuthorityLevel.DIRECTOR));

        assertThat(r.mayBeDecidedBy(omar, maria)).isFalse();
        assertThatThrownBy(() -> r.approve(omar, maria, null, Fixtures.NOW)).isInstanceOf(AccessRefused.class)
                .hasMessage("Nobody approves their own request.");
    }

    @Test
    void aDelegationNeedsTwoApproversAndAPeriodThatIsNotOver() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 24);
        assertThatThrownBy(() -> new Delegation(maria, f.alice, today, today, today)).hasMessage("Alice Tier1 is not an approver.");
        assertThatThrownBy(() -> new Delegation(maria, maria, today, today, today)).hasMessage("Delegate to someone else.");
        assertThatThrownBy(() -> new Delegation(maria, omar, today, today.minusDays(1), today))
                .hasMessage("The last day cannot be before the first.");
        Delegation d = new Delegation(maria, omar, today, today.plusDays(6), today);
        assertThat(d.isActiveOn(today.plusDays(6))).isTrue();
        assertThat(d.isActiveOn(today.plusDays(7))).isFalse();
        d.revoke();
        assertThat(d.isActiveOn(today)).isFalse();
    }
}
