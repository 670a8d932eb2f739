package com.escalationdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.Fixtures;
import com.escalationdesk.ticket.Category;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryRulesTest {

    final Fixtures f = new Fixtures();
    final Agent maria = Fixtures.withId(new Agent("maria", "Maria Rossi", "maria@example.test", "x", null,
            Set.of(Role.MANAGER)).approvingAt(AuthorityLevel.MANAGER));

    @Test
    void aCustomerMovesToAnotherSegmentAndZoneButABadZoneChangesNothing() {
        Customer customer = new Customer("Seaside Ferries", "ops@seaside.test", CustomerSegment.STANDARD);
        assertThat(customer.zone().getId()).isEqualTo("UTC");

        assertThatThrownBy(() -> customer.change(CustomerSegment.ENTERPRISE, "Europe/Pier"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("“Europe/Pier” is not a time zone");
        assertThat(customer.getSegment()).isEqualTo(CustomerSegment.STANDARD);

        customer.change(CustomerSegment.ENTERPRISE, " Europe/Lisbon ");
        assertThat(customer.getSegment()).isEqualTo(CustomerSegment.ENTERPRISE);
        assertThat(customer.zone().getId()).isEqualTo("Europe/Lisbon");
        assertThat(customer.auditState()).containsEntry("segment", CustomerSegment.ENTERPRISE)
                .containsEntry("timeZone", "Europe/Lisbon");
    }

    @Test
    void aTeamsTierAndCategoriesChangeAndItsAgentsAuthorityFollowsTheTier() {
        assertThat(f.alice.getAuthorityLevel()).isEqualTo(AuthorityLevel.TIER_1_AGENT);
        f.frontline.change(Fixtures.TIER_2, "Now specialists", Set.of(Category.GENERAL, Category.ACCOUNT));
        assertThat(f.frontline.getCategories()).containsExactlyInAnyOrder(Category.GENERAL, Category.ACCOUNT);
        assertThat(f.alice.getAuthorityLevel()).isEqualTo(AuthorityLevel.TIER_2_AGENT);
    }

    @Test
    void aPersonsRolesTeamApprovalLevelAndManagerChangeUnderTheSameRulesAsANewUser() {
        f.alice.change("Alice M.", "alice.m@example.test", f.frontline, Set.of(Role.AGENT, Role.MANAGER),
                AuthorityLevel.TEAM_LEAD, maria);
        assertThat(f.alice.getAuthorityLevel()).isEqualTo(AuthorityLevel.TEAM_LEAD);
        assertThat(f.alice.getManager()).isSameAs(maria);

        assertThatThrownBy(() -> f.bob.change("Bob", "bob@example.test", null, Set.of(Role.AGENT), null, null))
                .isInstanceOf(RuleViolation.class).hasMessage("An agent must belong to a team.");
        assertThatThrownBy(() -> f.bob.change("Bob", "bob@example.test", f.billing, Set.of(Role.AGENT),
                AuthorityLevel.MANAGER, null)).hasMessage("Only managers approve; give the user the MANAGER role first.");
        assertThatThrownBy(() -> f.bob.change("Bob", "bob@example.test", f.billing, Set.of(Role.AGENT), null, f.bob))
                .hasMessage("Nobody is their own manager.");
        assertThatThrownBy(() -> maria.change("Maria", "maria@example.test", null, Set.of(Role.MANAGER), null, f.bob))
                .hasMessage("Bob Tier2 is not a manager.");
        assertThat(f.bob.getTeam()).isSameAs(f.billing);
    }

    @Test
    void rolesReadAsWordsInTheirOwnOrderWhateverTheSetsOrder() {
        assertThat(Role.labels(new java.util.LinkedHashSet<>(java.util.List.of(Role.ADMIN, Role.AGENT)))).isEqualTo("Agent, Admin");
        assertThat(Role.labels(Set.of(Role.MANAGER))).isEqualTo("Manager");
        assertThat(Role.labels(Set.of())).isEmpty();
    }
}
