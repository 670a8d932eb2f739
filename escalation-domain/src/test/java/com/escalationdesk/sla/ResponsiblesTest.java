package com.escalationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.testing.Fixtures;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Ticket;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponsiblesTest {

    final Fixtures f = new Fixtures();

    @Test
    void theNextTierTeamIsTheNearestOneOwningTheCategoryElseTheNextTiersFirst() {
        Team network = Fixtures.withId(new Team("Network engineering", Fixtures.TIER_2, null));
        Team platform = Fixtures.withId(new Team("Platform engineering", Fixtures.TIER_3, null));
        platform.change(Fixtures.TIER_3, null, Set.of(Category.TECHNICAL));
        f.billing.change(Fixtures.TIER_2, null, Set.of(Category.BILLING));
        List<Team> teams = List.of(f.frontline, f.billing, network, platform);

        Ticket billingTicket = f.ticket();
        assertThat(Responsibles.nextTierTeam(billingTicket, teams)).contains(f.billing);
        Ticket technical = Fixtures.withId(new Ticket(f.customer, "App crashes", "On start.", Category.TECHNICAL,
                com.escalationdesk.ticket.Priority.HIGH, f.alice, Fixtures.NOW));
        assertThat(Responsibles.nextTierTeam(technical, teams)).as("tier 3 owns it").contains(platform);
        Ticket general = Fixtures.withId(new Ticket(f.customer, "Address", "Change it.", Category.GENERAL,
                com.escalationdesk.ticket.Priority.LOW, f.alice, Fixtures.NOW));
        assertThat(Responsibles.nextTierTeam(general, teams)).as("nobody owns it: tier 2, first by name").contains(f.billing);
        assertThat(Responsibles.nextTierTeam(general, List.of(f.frontline))).isEmpty();
    }

    @Test
    void theLeadIsTheAssigneesManagerOrTheManagersOfTheTeamAndTheDepartmentManagerIsOneRungUp() {
        Agent lena = Fixtures.withId(new Agent("lena", "Lena", "lena@example.test", "x", f.frontline, Set.of(Role.MANAGER)));
        Agent maria = Fixtures.withId(new Agent("maria", "Maria", "maria@example.test", "x", null, Set.of(Role.MANAGER)));
        f.alice.change(f.alice.getDisplayName(), f.alice.getEmail(), f.frontline, f.alice.getRoles(), null, lena);
        lena.change(lena.getDisplayName(), lena.getEmail(), f.frontline, lena.getRoles(), null, maria);
        Ticket held = f.ticket();
        assertThat(Responsibles.leadsOf(held, List.of(f.alice, lena))).containsExactly(lena);
        assertThat(Responsibles.departmentManagersOf(Set.of(lena))).containsExactly(maria);

        Ticket unassigned = Fixtures.withId(new Ticket(f.customer, "Roaming", "Charged.", Category.BILLING,
                com.escalationdesk.ticket.Priority.LOW, f.alice, false, Fixtures.NOW));
        assertThat(Responsibles.leadsOf(unassigned, List.of(f.alice, lena))).containsExactly(lena, maria);
    }
}
