package com.escalationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.CustomersPage;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.QueuePage;
import com.escalationdesk.browser.ServiceLevelsPage;
import com.escalationdesk.browser.TicketPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Chromium on Payara Server: the admin sets up a calendar and a policy, the agent sees the
 * clocks it starts on the ticket and the due time in the queue, and a reply meets the first response.
 */
class ServiceLevelsIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anAdminsPolicyStartsTheClocksAnAgentSeesOnTheTicketAndInTheQueue() {
        Browser adam = browsers.open();
        adam.signInAs("adam");
        ServiceLevelsPage serviceLevels = ServiceLevelsPage.open(adam);
        assertThat(serviceLevels.policyNames()).contains("Enterprise P1", "Urgent", "Standard");
        assertThat(serviceLevels.calendarRow("Berlin office")).contains("Mon-Fri 08:00-18:00", "Europe/Berlin", "2026-12-24");

        serviceLevels.createCalendar("Night desk", "Asia/Tokyo", "Mon-Fri 22:00-24:00", "2026-13-01");
        assertThat(serviceLevels.errorMessage()).contains("“2026-13-01” is not a date");
        serviceLevels.createCalendar("Night desk", "Asia/Tokyo", "Mon-Fri 22:00-24:00", "2026-12-31, 2026-05-01, 2026-12-24");
        assertThat(serviceLevels.infoMessage()).isEqualTo("Calendar Night desk created.");
        assertThat(serviceLevels.calendarRow("Night desk")).contains("Mon-Fri 22:00-24:00", "Asia/Tokyo",
                "2026-05-01, 2026-12-24, 2026-12-31");

        serviceLevels.createPolicyWithDefaultWarning("Business P3", "Business", "P3", "24x7", 30, 480);
        assertThat(serviceLevels.infoMessage()).isEqualTo("Policy Business P3 created.");
        assertThat(serviceLevels.policyRow("Business P3")).contains("Business · P3 · Normal", "24x7",
                "first response 30", "resolution 480", "At 75% of the target: notify the assignee and the team lead");

        Browser alice = browsers.open();
        alice.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(alice).create("Contoso", "Loyalty card not accepted at the till",
                "Since this morning the till rejects every loyalty card.", "General", "P3");
        assertThat(ticket.serviceLevels()).hasSize(2);
        assertThat(ticket.serviceLevels().get(0)).contains("First response", "Business P3", "30 min", "left", "On track");
        assertThat(ticket.serviceLevels().get(1)).contains("Resolution", "8 h", "On track");

        ticket.replyToCustomer("We are looking into the loyalty card service now.");
        assertThat(ticket.serviceLevels().get(0)).contains("First response", "Met");

        String number = ticket.number();
        QueuePage queue = QueuePage.open(alice);
        assertThat(queue.dueTone(number)).as("the resolution clock, on track").contains("sla-ok");
        assertThat(queue.timeLeft(number)).as("of its 8 business hours").matches("(7 h \\d+ min|8 h) left");
    }

    @Test
    void anAgentsNewPriorityAndAnAdminsNewSegmentMoveTheClocksToThePolicyThatCoversTheTicketNow() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(alice).newCustomer("Seaside Ferries", "ops@seaside-ferries.test", "Standard",
                        "Europe/Dublin")
                .createForNewCustomer("Ticket machines at the pier print blank tickets", "Both machines since 06:00.");
        assertThat(ticket.serviceLevels()).hasSize(2).allSatisfy(c -> assertThat(c).contains("Standard"));

        ticket.changePriority("P1");
        assertThat(ticket.infoMessage()).startsWith("Priority of " + ticket.number() + " changed to P1 · Urgent");
        assertThat(ticket.priority()).isEqualTo("P1 · Urgent");
        assertThat(ticket.serviceLevels()).hasSize(4);
        assertThat(ticket.serviceLevels().subList(0, 2)).allSatisfy(c -> assertThat(c).contains("Standard", "Replaced"));
        assertThat(ticket.serviceLevels().subList(2, 4)).allSatisfy(c -> assertThat(c).contains("Urgent").doesNotContain("Replaced"));
        assertThat(ticket.lastTimelineRow()).contains("Priority changed", "from P3 · Normal to P1 · Urgent",
                "service levels now under policy Urgent");
        // the step in words; the raw states behind their toggle; the newest step first on request
        assertThat(ticket.lastTimelineChanges()).containsExactly("Priority: P3 · Normal → P1 · Urgent");
        assertThat(ticket.lastTimelineRow()).doesNotContain("\"priority\"");
        assertThat(ticket.lastTimelineRawEntry()).contains("\"priority\":\"NORMAL\"", "\"priority\":\"URGENT\"");
        assertThat(ticket.timelineNewestFirst().timelineActions()).first().isEqualTo("Priority changed");
        assertThat(ticket.timelineActions()).last().isEqualTo("Ticket created");

        Browser adam = browsers.open();
        adam.signInAs("adam");
        CustomersPage customers = CustomersPage.open(adam).find("seaside");
        assertThat(customers.row("Seaside Ferries")).contains("ops@seaside-ferries.test", "Standard",
                "Europe/Dublin 1");
        customers.change("Seaside Ferries", "Enterprise", "Europe/Pier");
        assertThat(customers.errorMessage()).contains("“Europe/Pier” is not a time zone");
        customers.change("Seaside Ferries", "Enterprise", "Europe/Lisbon");
        assertThat(customers.infoMessage()).isEqualTo("Seaside Ferries saved: Enterprise, times in Europe/Lisbon; the"
                + " service levels of 1 open ticket now follow another policy.");
        assertThat(customers.row("Seaside Ferries")).contains("Enterprise", "Europe/Lisbon");

        ticket.reload();
        assertThat(ticket.serviceLevels()).hasSize(6);
        assertThat(ticket.serviceLevels().subList(4, 6)).allSatisfy(c -> assertThat(c).contains("Enterprise P1"));
        assertThat(ticket.lastTimelineRow()).contains("Customer changed", "moved from Standard to Enterprise");
    }
}
