package com.escalationdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import com.escalationdesk.signin.SignInOutcome;
import com.escalationdesk.signin.SignIns;
import com.escalationdesk.testing.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The admin configures teams and people on Payara Micro; each change is audited, bad input writes nothing. */
class DirectoryAdminIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    DirectoryAdmin admin;

    @Inject
    Directory directory;

    @Inject
    Tickets tickets;

    @Inject
    AuditTrail audit;

    @Inject
    SignIns signIns;

    @Inject
    TestClock clock;

    @Test
    void wrongPasswordsAreSlowedDownThenLockTheLoginUntilAnAdminUnlocksIt() {
        String from = "198.51.100.7";
        assertThat(attempt("tom", "guess-1", from)).isEqualTo("Wrong login name or password.");
        assertThat(attempt("tom", "guess-2", from)).isEqualTo("Wrong login name or password.");
        assertThat(attempt("tom", "guess-3", from))
                .isEqualTo("Wrong login name or password. Too many failed sign-ins: wait 1 second before the next try.");
        // too soon: refused without looking at the password, right or wrong, and not counted
        assertThat(attempt("tom", "demo", from)).isEqualTo("Too many failed sign-ins: wait 1 second before the next try.");
        for (int failure = 4; failure <= 9; failure++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(attempt("tom", "guess-" + failure, from)).startsWith("Wrong login name or password. Too many failed"
                    + " sign-ins: wait ");
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(attempt("tom", "guess-10", from)).matches("Wrong login name or password\\. After 10 failed sign-ins this"
                + " login is locked until \\d\\d:\\d\\d UTC; an administrator can unlock it sooner\\.");
        clock.advance(Duration.ofMinutes(5));
        assertThat(attempt("tom", "demo", from)).startsWith("Too many failed sign-ins: this login is locked until ")
                .endsWith(". Try again then, or ask an administrator to unlock it.");

        signIn.as("adam");
        assertThat(admin.users()).filteredOn(u -> u.loginName().equals("tom")).singleElement()
                .satisfies(u -> assertThat(u.signInLockedUntil()).isAfter(clock.instant()));
        admin.unlockSignIn("tom");
        assertThat(audit.timeline(AuditEntry.CONFIGURATION_CHAIN)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("Sign-in unlocked");
            assertThat(e.summary()).isEqualTo("Sign-in unlocked for tom after 10 failed tries");
        });
        assertThat(admin.users()).filteredOn(u -> u.loginName().equals("tom")).singleElement()
                .satisfies(u -> assertThat(u.signInLockedUntil()).isNull());
        assertThatThrownBy(() -> admin.unlockSignIn("tom")).isInstanceOf(RuleViolation.class)
                .hasMessage("Sign-in for tom is not locked or delayed.");

        assertThat(signIns.attempt("tom", "demo".toCharArray(), from)).isInstanceOf(SignInOutcome.Accepted.class);
    }

    @Test
    void thirtyQuickGuessesGetOnlyThreeLooksAtThePasswordAndTheRightOneIsThenRefused() {
        String from = "198.51.100.8";
        long checked = 0;
        for (int i = 0; i < 30; i++) {
            if (attempt("nina", "guess-" + i, from).startsWith("Wrong login name or password.")) {
                checked++;
            }
        }

        assertThat(checked).isEqualTo(3);
        assertThat(attempt("nina", "demo", from)).startsWith("Too many failed sign-ins: wait ");
    }

    @Test
    void unknownAndDeactivatedLoginNamesAreAnsweredExactlyLikeAWrongPassword() {
        String from = "198.51.100.9";
        signIn.as("adam");
        admin.setActive("erik", false);
        try {
            assertThat(attempt("no-such-user", "demo", from)).isEqualTo("Wrong login name or password.");
            assertThat(attempt("erik", "demo", from)).isEqualTo("Wrong login name or password.");
            assertThat(attempt("no-such-user", "demo", from)).isEqualTo("Wrong login name or password.");
            assertThat(attempt("no-such-user", "demo", from)).isEqualTo(
                    "Wrong login name or password. Too many failed sign-ins: wait 1 second before the next try.");
        } finally {
            admin.setActive("erik", true);
        }
    }

    @Test
    void manyFailuresFromOneAddressSlowDownEveryLoginTriedFromIt() {
        String from = "203.0.113.5";
        for (int i = 0; i < 10; i++) {
            // a different name each time, so only the address counts up
            assertThat(attempt("spray-" + i, "guess", from)).startsWith("Wrong login name or password.");
        }

        assertThat(attempt("alice", "demo", from))
                .isEqualTo("Too many failed sign-ins from your network: wait 1 second before the next try.");
        assertThat(signIns.attempt("alice", "demo".toCharArray(), "203.0.113.6")).isInstanceOf(SignInOutcome.Accepted.class);
    }

    private String attempt(String login, String password, String from) {
        SignInOutcome outcome = signIns.attempt(login, password.toCharArray(), from);
        return outcome instanceof SignInOutcome.Refused refused ? refused.message() : "signed in";
    }

    @Test
    void anAdminCreatesATeamAndAnAgentWhoThenWorksInIt() {
        signIn.as("adam");
        long entries = audit.countEntries(AuditEntry.CONFIGURATION_CHAIN);
        long teamId = admin.createTeam(new TeamInput("Returns desk", 2, "Returns and exchanges",
                EnumSet.of(Category.BILLING, Category.GENERAL)));
        assertThatThrownBy(() -> admin.createTeam(new TeamInput("Returns desk", 1, null, Set.of())))
                .isInstanceOf(RuleViolation.class).hasMessage("There is already a team called Returns desk.");
        assertThatThrownBy(() -> admin.createUser(new UserInput("rita", "Rita Moreno", "rita@example.test", teamId,
                Set.of(Role.AGENT), null, "omar"), "short".toCharArray()))
                .isInstanceOf(RuleViolation.class).hasMessage("The first password needs at least 10 characters.");
        assertThatThrownBy(() -> admin.createUser(new UserInput("rita", "Rita Moreno", "rita@example.test", null,
                Set.of(Role.AGENT), null, null), "long enough pass".toCharArray()))
                .isInstanceOf(RuleViolation.class).hasMessage("An agent must belong to a team.");

        admin.createUser(new UserInput("Rita", "Rita Moreno", "rita@example.test", teamId, Set.of(Role.AGENT), null,
                "omar"), "long enough pass".toCharArray());

        assertThat(admin.teams()).filteredOn(t -> t.name().equals("Returns desk")).singleElement()
                .satisfies(t -> {
                    assertThat(t.tier().level()).isEqualTo(2);
                    assertThat(t.categories()).containsExactlyInAnyOrder(Category.BILLING, Category.GENERAL);
                    assertThat(t.members()).isEqualTo(1);
                });
        assertThat(admin.users()).filteredOn(u -> u.loginName().equals("rita")).singleElement()
                .satisfies(u -> assertThat(u.managerName()).isEqualTo("Omar Haddad"));
        assertThat(audit.countEntries(AuditEntry.CONFIGURATION_CHAIN)).isEqualTo(entries + 2);
        assertThat(directory.authenticate("rita", "long enough pass".toCharArray())).contains(Set.of("AGENT"));
    }

    @Test
    void aChangedTeamMovesItsAgentsAuthorityAndADeactivatedUserCannotSignIn() {
        signIn.as("adam");
        long teamId = admin.createTeam(new TeamInput("Escalation desk night shift", 1, null, Set.of()));
        admin.createUser(new UserInput("nils", "Nils Holm", "nils@example.test", teamId, Set.of(Role.AGENT), null, null),
                "night shift password".toCharArray());
        admin.updateTeam(teamId, new TeamInput("ignored", 2, "Nights and weekends", Set.of(Category.NETWORK)));
        assertThat(admin.users()).filteredOn(u -> u.loginName().equals("nils")).singleElement()
                .satisfies(u -> assertThat(u.tier().level()).isEqualTo(2));

        admin.updateUser("nils", new UserInput("nils", "Nils Holm", "nils.holm@example.test", teamId,
                Set.of(Role.AGENT, Role.MANAGER), AuthorityLevel.TEAM_LEAD, "maria"));
        assertThat(admin.users()).filteredOn(u -> u.loginName().equals("nils")).singleElement()
                .satisfies(u -> {
                    assertThat(u.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.MANAGER);
                    assertThat(u.approvalLevel()).isEqualTo(AuthorityLevel.TEAM_LEAD);
                    assertThat(u.email()).isEqualTo("nils.holm@example.test");
                });

        admin.setActive("nils", false);
        assertThat(directory.authenticate("nils", "night shift password".toCharArray())).isEmpty();
        admin.setActive("nils", true);
        assertThat(directory.authenticate("nils", "night shift password".toCharArray())).isPresent();
    }

    @Test
    void anIntegrationAccountIsAnAgentOfItsTeamWithoutAPasswordNeverAssignedAndHoldsNoOtherRole() {
        signIn.as("adam");
        long frontline = admin.teams().stream().filter(t -> t.name().equals("Frontline support")).findFirst().orElseThrow().id();
        admin.createIntegration("Webshop", "Web shop", frontline);
        assertThat(admin.users()).filteredOn(u -> u.loginName().equals("webshop")).singleElement().satisfies(u -> {
            assertThat(u.integration()).isTrue();
            assertThat(u.roles()).containsExactly(Role.AGENT);
            assertThat(u.teamName()).isEqualTo("Frontline support");
        });
        assertThatThrownBy(() -> admin.createIntegration("webshop", "Again", frontline)).isInstanceOf(RuleViolation.class)
                .hasMessage("The login webshop is taken.");
        assertThatThrownBy(() -> admin.createIntegration("shop", "No team", null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> admin.updateUser("webshop", new UserInput("webshop", "Web shop", "webshop@integration.invalid",
                frontline, Set.of(Role.AGENT, Role.MANAGER), null, null))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("is an integration account");
        for (String guess : new String[] {"", "!", "webshop"}) {
            assertThat(directory.authenticate("webshop", guess.toCharArray())).as("no password signs it in").isEmpty();
        }

        signIn.as("alice");
        String number = tickets.open(new NewTicket(directory.findCustomers("").get(0).id(), "Order 7731 not delivered",
                "The web shop's customer waits.", Category.GENERAL, Priority.NORMAL));
        assertThat(tickets.details(number).teammates()).extracting(a -> a.loginName()).as("nobody assigns it tickets")
                .doesNotContain("webshop").contains("lena", "tom");
    }

    @Test
    void anAdminAddsATierAboveTheHighestAndRenamesOne() {
        signIn.as("adam");
        int level = admin.addTier("Vendor", "The manufacturer's own support");
        assertThat(level).isEqualTo(4);
        admin.renameTier(1, "First line", "Takes in every request");
        assertThat(directory.tiers()).extracting(TierView::label)
                .containsExactly("Tier 1 · First line", "Tier 2 · Specialists", "Tier 3 · Experts", "Tier 4 · Vendor");
        long vendorDesk = admin.createTeam(new TeamInput("Vendor desk", 4, null, Set.of(Category.TECHNICAL)));
        admin.createUser(new UserInput("vic", "Vic Vendor", "vic@example.test", vendorDesk, Set.of(Role.AGENT), null, null),
                "vendor password".toCharArray());
        assertThat(admin.users()).filteredOn(u -> u.loginName().equals("vic")).singleElement()
                .satisfies(u -> assertThat(u.tier().label()).isEqualTo("Tier 4 · Vendor"));
        assertThatThrownBy(() -> admin.renameTier(9, "Nine", null)).hasMessage("There is no tier 9.");
        assertThatThrownBy(() -> admin.addTier(" ", null)).hasMessage("The tier's name is required.");
        admin.renameTier(1, "Frontline", "First contact: takes in every request and resolves what it can");
    }

    @Test
    void theLastAdminStaysAndNobodyIsTheirOwnManager() {
        signIn.as("adam");
        assertThatThrownBy(() -> admin.setActive("adam", false)).hasMessage("You cannot deactivate yourself.");
        assertThatThrownBy(() -> admin.updateUser("adam", new UserInput("adam", "Adam Clarke", "adam@example.test", null,
                Set.of(Role.MANAGER), null, null))).hasMessage("At least one active admin must remain.");
        assertThatThrownBy(() -> admin.updateUser("maria", new UserInput("maria", "Maria Rossi", "maria@example.test",
                null, Set.of(Role.MANAGER), AuthorityLevel.MANAGER, "maria"))).hasMessage("Nobody is their own manager.");
        assertThatThrownBy(() -> admin.updateUser("alice", new UserInput("alice", "Alice Martin", "alice@example.test",
                null, Set.of(Role.AGENT), null, null))).hasMessage("An agent must belong to a team.");
        signIn.as("alice");
        assertThat(tickets.open(new NewTicket(directory.findCustomers("").get(0).id(), "Still works", "d", Category.GENERAL,
                Priority.LOW))).startsWith("ESC-");
    }

    @Test
    void theCustomerPickerOffersNamesStartingWithTheTextFirstThenNamesAndEmailsContainingIt() {
        signIn.as("alice");
        assertThat(directory.findCustomers("n")).extracting(CustomerOption::name)
                .containsExactly("Northwind Traders", "Contoso Pharmacy", "Jane Doe");
        assertThat(directory.findCustomers("NORTH")).extracting(CustomerOption::name).containsExactly("Northwind Traders");
        assertThat(directory.findCustomers("helpdesk@")).extracting(CustomerOption::name).containsExactly("Fabrikam Logistics");
        assertThat(directory.findCustomers("")).extracting(CustomerOption::name)
                .containsExactly("Contoso Pharmacy", "Fabrikam Logistics", "Jane Doe", "Northwind Traders");
        assertThat(directory.findCustomers("%")).isEmpty();
        assertThat(directory.findCustomers("_")).isEmpty();
    }
}
