package com.escalationdesk.layout;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.QueuePage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Takes the README's screenshots (docs/screenshots) on the test server's demo desk. Not a test of its
 * own, and named so that no build runs it; run it when the screens change:
 * {@code mvn -pl escalation-ear verify -Dit.test=ReadmeScreenshots}.
 */
class ReadmeScreenshots {

    private static final Path SHOTS = Path.of("..", "docs", "screenshots");

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void takeTheTourScreenshots() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        alice.viewport(1366, 768);
        QueuePage queues = QueuePage.open(alice);
        queues.teamQueue();
        queues.filterTeamByPriority("P1 · Urgent").filterTeamByPriority("P2 · High");
        queues.saveTeamView("Urgent and high");
        queues.teamQueueNumbers();
        alice.screenshot(SHOTS.resolve("queues.png"));

        String ticket = alice.findAll(By.cssSelector("[id='queues:teamQueueForm:teamQueue_data'] a.ticket-link")).get(0).getText().strip();
        alice.go("ticket/view.xhtml?number=" + ticket);
        alice.find(By.id("ticketNumber"));
        alice.screenshot(SHOTS.resolve("ticket.png"));

        alice.viewport(390, 844);
        alice.go("ticket/queue.xhtml");
        alice.click(By.id("menuToggle"));
        alice.screenshot(SHOTS.resolve("phone-menu.png"));
        alice.defaultViewport();

        Browser maria = browsers.open();
        maria.signInAs("maria");
        maria.viewport(1366, 768);
        maria.go("metrics/dashboard.xhtml");
        maria.find(By.tagName("h1"));
        maria.waitUntil(d -> Boolean.TRUE.equals(maria.runScript("return PrimeFaces.ajax.Queue.isEmpty()")));
        maria.screenshot(SHOTS.resolve("dashboard.png"));
        maria.go("manager/escalations.xhtml");
        maria.find(By.tagName("h1"));
        maria.screenshot(SHOTS.resolve("escalations.png"));
        maria.defaultViewport();

        Browser adam = browsers.open();
        adam.signInAs("adam");
        adam.viewport(1366, 768);
        adam.go("admin/policy.xhtml");
        adam.find(By.tagName("h1"));
        adam.screenshot(SHOTS.resolve("policy.png"));
        adam.defaultViewport();
    }
}
