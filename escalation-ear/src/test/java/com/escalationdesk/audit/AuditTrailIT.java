package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.AuditPage;
import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.TicketPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit trail on screen: the admin verifies it, an agent exports a ticket's trail. */
class AuditTrailIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anAdminVerifiesTheWholeAuditTrail() {
        Browser browser = browsers.open();
        browser.signInAs("adam");

        String report = AuditPage.open(browser).verify();

        assertThat(report).matches("Checked \\d+ entries in \\d+ chains in \\d+ ms: the audit trail is intact\\.");
    }

    @Test
    void anAdminMakesACheckpointDownloadsItAndVerifiesTheTrailAgainstIt() {
        Browser browser = browsers.open();
        browser.signInAs("adam");
        AuditPage audit = AuditPage.open(browser);

        assertThat(audit.makeCheckpoint()).startsWith("Checkpoint signed: ").contains(" entries, root ");
        String download = audit.downloadNewestCheckpoint();
        assertThat(download).startsWith("200 {\"format\":\"escalation-desk-checkpoint/1\"");
        String outcome = audit.verifyAgainst(download.substring(4));

        assertThat(outcome).contains("the log matches it.");
        assertThat(browser.text(By.id("verifyOutcome"))).isEqualTo("the audit trail is intact.");
        assertThat(audit.verifyAgainst(download.substring(4).replaceFirst("\"size\":\\d+", "\"size\":1")))
                .contains("TAMPERED");
        assertThat(browser.texts(By.className("checkpoint-problem"))).anySatisfy(p -> assertThat(p).contains("signature does not verify"));
    }

    @Test
    void anAgentExportsTheTrailOfATicketAsCsvAndJson() {
        Browser browser = browsers.open();
        browser.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(browser).create("Jane Doe", "Export check", "Checking the export, with commas.",
                "General", "P4");
        ticket.addInternalNote("A note, with a comma");

        String csv = ticket.downloadTrail("csv");
        assertThat(csv).startsWith("200 chain,sequence_no,occurred_at,actor,action,summary,before,after,previous_hash,hash,"
                + "occurred_at_us,recipe,log_index");
        assertThat(csv.lines().skip(1)).hasSize(2);
        assertThat(csv).contains("ticket:" + ticket.number() + ",1,", ",TICKET_CREATED,", "\"Internal note: A note, with a comma\"");

        String json = ticket.downloadTrail("json");
        assertThat(json).startsWith("200 {").contains("\"action\":\"NOTE_ADDED\"", "\"sequenceNo\":2", "\"entries\":[");
    }
}
