package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
        return numbers("queues:myQueueForm:myQueue");
    }

    public List<String> teamQueue() {
        browser.click(By.xpath("//a[starts-with(normalize-space(.), 'Team queue')]"));
        browser.find(By.id("queues:teamQueueForm:teamQueue"));
        return numbers("queues:teamQueueForm:teamQueue");
    }

    /**
     * Types into the search box of "My queue", waits until the server has answered with new rows (the
     * rows shown before are replaced), and returns the tickets it shows then, whatever they are.
     */
    public List<String> searchMine(String text) {
        WebElement before = browser.find(By.cssSelector("[id='queues:myQueueForm:myQueue_data'] > tr"));
        browser.type(By.id("queues:myQueueForm:myQueue:globalFilter"), text);
        browser.waitUntil(d -> ExpectedConditions.stalenessOf(before).apply(d));
        browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
        return numbers("queues:myQueueForm:myQueue");
    }

    /** What "My queue" says when it shows no ticket. */
    public String myQueueEmptyText() {
        return browser.text(By.cssSelector("[id='queues:myQueueForm:myQueue'] .ui-datatable-empty-message"));
    }

    /** The colour class of a ticket's due time in "My queue". */
    public String dueTone(String number) {
        numbers("queues:myQueueForm:myQueue");
        return browser.find(By.xpath("//a[normalize-space()='" + number + "']/ancestor::tr[1]//span[contains(@class,'sla-due')]"))
                .getAttribute("class");
    }

    /** The business time a ticket's headline clock has left in "My queue", as shown under its due time. */
    public String timeLeft(String number) {
        numbers("queues:myQueueForm:myQueue");
        return browser.find(By.xpath("//a[normalize-space()='" + number + "']/ancestor::tr[1]//span[contains(@class,'sla-remaining')]"))
                .getText();
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
