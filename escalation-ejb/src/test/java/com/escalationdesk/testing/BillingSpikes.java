package com.escalationdesk.testing;

import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * A week far above Frontline support's usual escalation rate, for the early-warning tests: alice takes
 * in billing tickets and escalates each to Billing specialists, where bob accepts and resolves it.
 */
@Dependent
public class BillingSpikes {

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Directory directory;

    /** That many tickets escalated from Frontline support and resolved at Billing specialists. */
    public void escalateAndResolve(int count) {
        for (int i = 0; i < count; i++) {
            signIn.as("alice");
            CustomerOption customer = directory.findCustomers("Contoso").get(0);
            String number = tickets.open(new NewTicket(customer.id(), "Spike " + i, "Needs Billing", Category.BILLING, Priority.NORMAL));
            TeamOption billing = directory.teams().stream().filter(t -> t.name().equals("Billing specialists")).findFirst()
                    .orElseThrow();
            long e = escalations.escalate(new EscalationRequest(number, billing.id(), EscalationReason.KNOWLEDGE, "Refund",
                    "Checked the order", "Decide the refund"));
            signIn.as("bob");
            escalations.accept(e);
            tickets.resolve(number, "Refunded.");
        }
    }
}
