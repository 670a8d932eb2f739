package com.escalationdesk.browser;

import org.openqa.selenium.By;

/** The admin's teams and users screen. */
public final class DirectoryPage {

    private final Browser browser;

    private DirectoryPage(Browser browser) {
        this.browser = browser;
    }

    public static DirectoryPage open(Browser browser) {
        browser.openFromMenu("navDirectory");
        browser.find(By.id("teamsForm:teams"));
        return new DirectoryPage(browser);
    }

    public DirectoryPage createTeam(String name, String tier, String... categories) {
        browser.type(By.id("teamForm:teamName"), name);
        browser.choose("teamForm:teamTier", tier);
        for (String category : categories) {
            browser.click(By.xpath("//*[@id='teamForm:teamCategories']//label[normalize-space()='" + category + "']"));
        }
        browser.clickAndWaitForPage(By.id("teamForm:saveTeam"));
        browser.find(By.id("teamsForm:teams"));
        return this;
    }

    /** Fills the new-user form with an agent of a team and sends it. */
    public DirectoryPage createAgent(String login, String name, String email, String team, String manager, String password) {
        browser.type(By.id("userEditForm:loginName"), login);
        browser.type(By.id("userEditForm:displayName"), name);
        browser.type(By.id("userEditForm:email"), email);
        browser.choose("userEditForm:team", team);
        browser.choose("userEditForm:manager", manager);
        browser.type(By.id("userEditForm:password"), password);
        browser.clickAndWaitForPage(By.id("userEditForm:saveUser"));
        browser.find(By.id("teamsForm:teams"));
        return this;
    }

    /** Fills the new-integration-account form and sends it. */
    public DirectoryPage createIntegration(String login, String name, String team) {
        browser.type(By.id("integrationForm:integrationLogin"), login);
        browser.type(By.id("integrationForm:integrationName"), name);
        browser.choose("integrationForm:integrationTeam", team);
        browser.clickAndWaitForPage(By.id("integrationForm:createIntegration"));
        browser.find(By.id("teamsForm:teams"));
        return this;
    }

    /** Opens a tier in the tier form and saves it with a cost per handled ticket. */
    public DirectoryPage priceTier(int level, String amount, String currency) {
        browser.clickAndWaitForPage(By.xpath("//*[@id='tiersForm:tiers']//tbody/tr[" + level + "]//button"));
        browser.type(By.id("tierForm:tierCost"), amount);
        browser.type(By.id("tierForm:tierCurrency"), currency);
        browser.clickAndWaitForPage(By.id("tierForm:saveTier"));
        browser.find(By.id("tiersForm:tiers"));
        return this;
    }

    public String tierRow(int level) {
        return browser.texts(By.cssSelector("[id='tiersForm:tiers'] tbody tr")).get(level - 1);
    }

    public String teamRow(String name) {
        return browser.texts(By.cssSelector("[id='teamsForm:teams'] tbody tr")).stream().filter(r -> r.startsWith(name))
                .findFirst().orElseThrow(() -> new AssertionError("no team " + name));
    }

    /** The user's row, found as an admin does: by typing the login into the users table's search. */
    public String userRow(String login) {
        return searchUsers(login).stream().filter(r -> r.startsWith(login + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no user " + login));
    }

    /** Types into the users table's search and returns the rows it leaves, once the table has filtered. */
    public java.util.List<String> searchUsers(String text) {
        By rows = By.cssSelector("[id='usersForm:users'] tbody tr");
        browser.type(By.id("usersForm:users:globalFilter"), text);
        browser.waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
        browser.waitUntil(d -> browser.texts(rows).stream().allMatch(r -> r.toLowerCase().contains(text.toLowerCase())
                || r.equals("No user matches.")));
        return browser.texts(rows);
    }

    /** Empties the users table's search as a user does (select all, delete), so that every user shows again. */
    public void showAllUsers() {
        browser.find(By.id("usersForm:users:globalFilter")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE);
        browser.waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
        browser.waitUntil(d -> browser.texts(By.cssSelector("[id='usersForm:users'] tbody tr")).stream().anyMatch(r -> r.startsWith("alice ")));
    }

    /** Sorts the users by a heading (clicking it once more reverses) and returns the logins in the new order. */
    public java.util.List<String> sortUsersBy(String heading) {
        browser.sortBy(By.xpath("//*[@id='usersForm:users']//th[.//span[normalize-space()='" + heading + "']]"));
        return browser.texts(By.cssSelector("[id='usersForm:users'] tbody .user-login"));
    }

    public String infoMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-info-summary"));
    }

    public String errorMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-error-summary"));
    }
}
