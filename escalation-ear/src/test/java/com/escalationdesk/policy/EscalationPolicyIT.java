package com.escalationdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.EscalationWatchPage;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.NotificationsPage;
import com.escalationdesk.browser.PolicyPage;
import com.escalationdesk.browser.TicketPage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The escalation policy in Chromium: the admin's draft and dry run, the agent's proposed target,
 * the manager's overdue and against-policy flags, and the notification bell a rule rings. The demo
 * publishes policy v2; these tests leave it active.
 */
class EscalationPolicyIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anAdminDryRunsADraftAgainstTheActivePolicyAndDiscardsIt() {
        Browser browser = browsers.open();
        browser.signInAs("adam");
        PolicyPage policy = PolicyPage.open(browser);
        assertThat(policy.activeHeading()).isEqualTo("Active: policy v2");
        assertThat(policy.activeRules()).contains("Outages go straight to network", "Billing to billing specialists");

        policy.startDraft("Account questions go to billing at intake");
        assertThat(policy.draftHeading()).startsWith("Draft: policy v");
        policy.addRule("Nothing to do", "At intake", null, null);
        assertThat(policy.errorMessage()).isEqualTo("Give the rule an action: routes the new ticket, sets its priority, notifies.");
        policy.addRule("Account to billing at intake", "At intake", "Account", "Billing specialists");
        assertThat(policy.infoMessage()).isEqualTo("Rule added to the draft.");
        assertThat(policy.draftRules()).endsWith("Account to billing at intake");

        policy.dryRun();
        Matcher summary = Pattern.compile("(\\d+) of (\\d+) tickets would be handled differently under draft v\\d+ than under v2\\.")
                .matcher(policy.dryRunSummary());
        assertThat(summary.matches()).as(policy.dryRunSummary()).isTrue();
        assertThat(Integer.parseInt(summary.group(1))).isPositive();
        assertThat(summary.group(2)).isEqualTo("100");
        assertThat(policy.changedRows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row).contains("Account").contains("At intake: route to Billing specialists")
                        .contains("Changed"));

        policy.discardDraft();
        assertThat(policy.infoMessage()).isEqualTo("Draft discarded.");
        assertThat(policy.hasDraft()).isFalse();
        assertThat(policy.activeHeading()).isEqualTo("Active: policy v2");
    }

    @Test
    void theEscalateDialogProposesThePolicysTeamAndManagersSeeWhatBreaksThePolicy() {
        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(aliceBrowser).create("Contoso Pharmacy", "Router keeps restarting",
                "The store router reboots every hour.", "Network", "P1");
        assertThat(ticket.openEscalateDialogForProposal()).containsExactly(
                "The escalation policy proposes Network engineering (policy v2, rule “Urgent network within 30 minutes”)."
                        + " Another team is allowed, but the escalation is flagged as against the policy.",
                "Network engineering (Tier 2 · Specialists)");
        ticket.escalateAsProposed("Complexity", "Router reboots hourly", "Replaced the power supply", "Check the line");
        assertThat(ticket.team()).isEqualTo("Network engineering");
        String followed = ticket.number();

        TicketPage billing = NewTicketPage.open(aliceBrowser).create("Contoso Pharmacy", "Direct debit failed",
                "The debit for November bounced.", "Billing", "P3");
        billing.escalate("Network engineering", "Knowledge", "Debit bounced", "Checked the mandate", "Someone to look");
        assertThat(billing.escalationPolicies()).singleElement().asString()
                .contains("policy v2, rule “Billing to billing specialists”")
                .contains("Against policy (proposed: Billing specialists)");
        String against = billing.number();

        Browser mariaBrowser = browsers.open();
        mariaBrowser.signInAs("maria");
        EscalationWatchPage watch = EscalationWatchPage.open(mariaBrowser);
        assertThat(watch.overdueSummary()).matches("[1-9]\\d* of \\d+ waiting escalations are overdue.*");
        assertThat(watch.pendingRow(followed)).contains("Urgent network within 30 minutes").doesNotContain("Overdue")
                .doesNotContain("Against policy");
        assertThat(watch.pendingRow(against)).contains("Against policy: it proposes Billing specialists");
        // each row says what the escalation is about, and the list sorts and filters like a queue
        assertThat(watch.pendingRow(followed)).contains("Router keeps restarting", "Contoso Pharmacy", "P1 · Urgent",
                "Frontline support → Network engineering");
        List<String> byPriority = watch.sortByPriority();
        assertThat(byPriority.indexOf(followed)).as("P1 before P3").isLessThan(byPriority.indexOf(against));
        assertThat(watch.filterByCustomer("Contoso")).isNotEmpty().allMatch(row -> row.contains("Contoso"))
                .anyMatch(row -> row.startsWith(followed)).anyMatch(row -> row.startsWith(against));
    }

    @Test
    void aRuleRingsTheBellOfWhomItNames() {
        Browser lenaBrowser = browsers.open();
        lenaBrowser.signInAs("lena");
        long before = NotificationsPage.unread(lenaBrowser);

        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        String number = NewTicketPage.open(aliceBrowser).create("Northwind Traders", "Payment portal refuses all cards",
                "No customer can pay since 9am.", "Billing", "P1").number();

        NotificationsPage inbox = NotificationsPage.open(lenaBrowser);
        assertThat(NotificationsPage.unread(lenaBrowser)).isEqualTo(before + 1);
        assertThat(inbox.messages().get(0)).startsWith("Rule “Enterprise P1: tell the team lead”: " + number)
                .contains("Northwind Traders");
        TicketPage ticket = inbox.openNewest();
        assertThat(ticket.number()).isEqualTo(number);
        assertThat(NotificationsPage.unread(lenaBrowser)).isEqualTo(before);
    }
}
