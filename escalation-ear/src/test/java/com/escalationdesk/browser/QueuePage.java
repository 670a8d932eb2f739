package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** An agent's queues. */
public final class QueuePage {

    private final Browser browser;

    private QueuePage(Browser browser) {
        this.browser = browser;
    }

    public static QueuePage open(Browser browser) {
        browser.go("ticket/queue.xhtml");
        browser.find(By.id("queues"));
        return new QueuePage(browser);
    }

    public List<String> myQueue() {
        return numbers("queues:myQueue");
    }

    public List<String> teamQueue() {
        browser.click(By.xpath("//a[starts-with(normalize-space(.), 'Team queue')]"));
        browser.find(By.id("queues:teamQueue"));
        return numbers("queues:teamQueue");
    }

    public TicketPage openTicket(String number) {
        browser.clickAndWaitForPage(By.linkText(number));
        return new TicketPage(browser);
    }

    private List<String> numbers(String tableId) {
        browser.find(By.id(tableId));
        return browser.texts(By.cssSelector("[id='" + tableId + "'] a.ticket-link"));
    }
}
