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

    /** Opens a saved view from the row of views at the top. */
    public static QueuePage openView(Browser browser, String name) {
        open(browser);
        browser.clickAndWaitForPage(By.linkText(name));
        browser.find(By.id("queues"));
        return new QueuePage(browser);
    }

    /** The saved views' names, as listed at the top. */
    public List<String> savedViews() {
        return browser.texts(By.cssSelector("nav[aria-label='Saved views'] a.desk-view-link"));
    }

    /** The view open now, as the line under the views names it ("" for none). */
    public String activeView() {
        return browser.isPresent(By.id("activeViewForm:activeViewText")) ? browser.text(By.id("activeViewForm:activeViewText")) : "";
    }

    /** Whether the team's tab is the one shown. */
    public boolean showsTeamQueue() {
        return browser.find(By.id("queues:teamQueueForm:teamQueue")).isDisplayed();
    }

    /** Types words into the team queue's search box. */
    public QueuePage searchTeam(String text) {
        browser.type(By.id("queues:teamQueueForm:teamQueue:globalFilter"), text);
        return this;
    }

    /** The words in the team queue's search box. */
    public String teamSearch() {
        return browser.find(By.id("queues:teamQueueForm:teamQueue:globalFilter")).getAttribute("value");
    }

    /** Ticks a priority in the team queue's Priority menu, as a user does: open it, tick, close it. */
    public QueuePage filterTeamByPriority(String label) {
        String menu = "queues:teamQueueForm:priorities";
        browser.click(By.id(menu));
        browser.click(By.xpath("//div[@id='" + menu + "_panel']//li[.//label[normalize-space()='" + label + "']]"
                + "//div[contains(@class,'ui-chkbox-box')]"));
        browser.runScript("PrimeFaces.getWidgetById(arguments[0]).hide();", menu);
        return this;
    }

    /** What the team queue's Priority menu shows as ticked. */
    public String teamPriorityFilter() {
        return browser.text(By.cssSelector("[id='queues:teamQueueForm:priorities'] .ui-selectcheckboxmenu-label"));
    }

    public QueuePage unassignedOnly() {
        browser.click(By.cssSelector("[id='queues:teamQueueForm:unassignedOnly'] .ui-chkbox-box"));
        return this;
    }

    /** The tickets the team queue shows now. */
    public List<String> teamQueueNumbers() {
        return numbers("queues:teamQueueForm:teamQueue");
    }

    /** Waits until the team queue shows exactly these tickets, in any order, and returns them. */
    public List<String> teamQueueShows(String... numbers) {
        List<String> wanted = List.of(numbers);
        browser.waitUntil(d -> {
            try {
                List<String> shown = browser.texts(By.cssSelector("[id='queues:teamQueueForm:teamQueue'] a.ticket-link"));
                return shown.size() == wanted.size() && shown.containsAll(wanted)
                        && Boolean.TRUE.equals(browser.runScript("return PrimeFaces.ajax.Queue.isEmpty()"));
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        return numbers("queues:teamQueueForm:teamQueue");
    }

    /** Saves the team queue as arranged under a name; the page then opens as that view. */
    public QueuePage saveTeamView(String name) {
        browser.type(By.id("queues:teamQueueForm:viewName"), name);
        browser.clickAndWaitForPage(By.id("queues:teamQueueForm:saveView"));
        browser.find(By.id("queues"));
        return this;
    }

    public QueuePage removeView() {
        browser.clickAndWaitForPage(By.id("activeViewForm:removeView"));
        browser.find(By.id("queues"));
        return this;
    }

    /** Ticks a ticket's box in the team queue. */
    public QueuePage tickInTeamQueue(String number) {
        browser.click(By.xpath("//table//a[normalize-space()='" + number + "']/ancestor::tr[1]"
                + "//td[contains(@class,'ui-selection-column')]//div[contains(@class,'ui-chkbox-box')]"));
        return this;
    }

    /** Claims the ticked tickets of the team queue and returns the confirmation, once the page shows it. */
    public String claimTicked() {
        By info = By.cssSelector("#messages .ui-messages-info-summary");
        String before = browser.isPresent(info) ? browser.text(info) : "";
        browser.click(By.id("queues:teamQueueForm:claimTicked"));
        browser.waitUntil(d -> {
            try {
                return !d.findElements(info).isEmpty() && !d.findElement(info).getText().strip().equals(before);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        return infoMessage();
    }

    public String infoMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-info-summary"));
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
