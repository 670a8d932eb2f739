package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The ticket page: facts, the pending escalation, notes, dialogs and the timeline. */
public final class TicketPage {

    private final Browser browser;

    TicketPage(Browser browser) {
        this.browser = browser;
    }

    public static TicketPage open(Browser browser, String number) {
        browser.go("ticket/view.xhtml?number=" + number);
        browser.find(By.id("ticketNumber"));
        return new TicketPage(browser);
    }

    /** The rows of the service-levels table: clock, policy, target, due time, business time left and status. */
    public List<String> serviceLevels() {
        return browser.texts(By.cssSelector("[id$='slaClocks'] tbody tr"));
    }

    public TicketPage reload() {
        return open(browser, number());
    }

    public String number() {
        return browser.text(By.id("ticketNumber"));
    }

    public String status() {
        return browser.text(By.id("ticketStatus"));
    }

    public String team() {
        return browser.text(By.id("ticketTeam"));
    }

    public String assignee() {
        return browser.text(By.id("ticketAssignee"));
    }

    public List<String> timelineActions() {
        return column("timeline-action");
    }

    public List<String> timelineSummaries() {
        return column("timeline-summary");
    }

    public List<String> timelineActors() {
        return column("timeline-actor");
    }

    /** The summary and the before/after state of the newest timeline entry. */
    public TicketPage link(String otherNumber) {
        browser.type(By.id("linkForm:linkNumber"), otherNumber);
        browser.clickAndWaitForPage(By.id("linkForm:link"));
        browser.find(By.id("ticketNumber"));
        return this;
    }

    /** Types the other ticket's number and asks to merge into it: the confirmation's question and what it says will happen. */
    public String askToMergeInto(String survivorNumber) {
        browser.type(By.id("linkForm:linkNumber"), survivorNumber);
        browser.click(By.id("linkForm:merge"));
        browser.find(By.id("linkForm:confirmMerge"));
        return browser.text(By.id("mergeQuestion")) + " " + browser.text(By.id("mergeConsequences")).replaceAll("\\s+", " ");
    }

    /** Merges into the other ticket, confirming in the dialog. */
    public TicketPage mergeInto(String survivorNumber) {
        askToMergeInto(survivorNumber);
        browser.clickAndWaitForPage(By.id("linkForm:confirmMerge"));
        browser.find(By.id("ticketNumber"));
        return this;
    }

    /** Each related ticket's row: number, tag, subject, status. */
    public List<String> relatedTickets() {
        return browser.texts(By.cssSelector("[id='relatedForm:related'] tbody tr"));
    }

    public String mergedNotice() {
        return browser.text(By.id("mergedNotice"));
    }

    public TicketPage openMergedInto() {
        browser.clickAndWaitForPage(By.id("mergedIntoLink"));
        browser.find(By.id("ticketNumber"));
        return this;
    }

    public String customer() {
        return browser.text(By.id("ticketCustomer"));
    }

    public String lastTimelineRow() {
        browser.find(By.id("timeline"));
        List<String> rows = browser.texts(By.cssSelector("[id='timeline'] tbody tr"));
        return rows.get(rows.size() - 1);
    }

    /** What the newest step of the timeline changed, in words ("Priority: P3 · Normal → P1 · Urgent"). */
    public List<String> lastTimelineChanges() {
        browser.find(By.id("timeline"));
        List<org.openqa.selenium.WebElement> rows = browser.findAll(By.cssSelector("[id='timeline'] tbody tr"));
        return rows.get(rows.size() - 1).findElements(By.cssSelector(".timeline-change")).stream()
                .map(e -> e.getText().strip().replaceAll("\\s+", " ")).toList();
    }

    /** The newest step's states as the audit trail keeps them, shown by opening its "Raw entry" toggle. */
    public String lastTimelineRawEntry() {
        browser.find(By.id("timeline"));
        List<org.openqa.selenium.WebElement> rows = browser.findAll(By.cssSelector("[id='timeline'] tbody tr"));
        org.openqa.selenium.WebElement row = rows.get(rows.size() - 1);
        row.findElement(By.cssSelector(".timeline-raw summary")).click();
        browser.waitUntil(d -> row.findElement(By.cssSelector(".timeline-raw .desk-state")).isDisplayed());
        return row.findElement(By.cssSelector(".timeline-raw")).getText();
    }

    /** Shows the timeline newest first, by its link. */
    public TicketPage timelineNewestFirst() {
        browser.clickAndWaitForPage(By.id("timelineNewestFirst"));
        browser.find(By.id("timeline"));
        return this;
    }

    /** The conversation's messages, oldest first, each as its mark and author line, a colon, and its text. */
    public List<String> conversation() {
        browser.find(By.id("notes"));
        return browser.findAll(By.cssSelector("[id='notes'] .desk-message")).stream()
                .map(m -> m.findElement(By.cssSelector(".desk-message-head")).getText().strip().replaceAll("\\s+", " ")
                        + ": " + m.findElement(By.cssSelector(".desk-message-body")).getText().strip())
                .toList();
    }

    /** The HTML of the newest message's body, as the page renders it. */
    public String newestMessageHtml() {
        browser.find(By.id("notes"));
        List<org.openqa.selenium.WebElement> bodies = browser.findAll(By.cssSelector("[id='notes'] .desk-message-body"));
        return bodies.get(bodies.size() - 1).getAttribute("innerHTML").strip();
    }

    public List<String> notes() {
        browser.find(By.id("notes"));
        return browser.texts(By.cssSelector("[id='notes'] .note-body"));
    }

    public List<String> pathTeams() {
        return browser.texts(By.className("path-team"));
    }

    public String timePerTier() {
        return browser.text(By.id("timePerTier"));
    }

    public boolean isMarkedBounced() {
        return browser.isPresent(By.id("bouncedTag"));
    }

    public List<String> escalationStates() {
        return column("escalation-state");
    }

    public String infoMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-info-summary"));
    }

    public String errorMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-error-summary"));
    }

    public boolean hasPendingEscalation() {
        return browser.isPresent(By.id("pendingEscalation"));
    }

    public long pendingEscalationId() {
        return Long.parseLong(browser.text(By.id("pendingEscalationId")));
    }

    public String handoff(String which) {
        return browser.text(By.id(which));
    }

    public boolean offersAcceptAndReturn() {
        return browser.isPresent(By.id("decideForm:accept")) || browser.isPresent(By.id("decideForm:openReturn"));
    }

    public boolean offersEscalate() {
        return browser.isPresent(By.id("workForm:openEscalate"));
    }

    public TicketPage replyToCustomer(String text) {
        browser.click(By.cssSelector("label[for='noteForm:noteVisibility:1']"));
        return addInternalNote(text);
    }

    public TicketPage claim() {
        return submit("workForm:claim");
    }

    public TicketPage waitOnCustomer(String question) {
        return dialog("workForm:openWait", "waitForm:question", question, "waitForm:confirmWait");
    }

    public TicketPage resume() {
        return submit("workForm:resume");
    }

    public TicketPage close() {
        return submit("workForm:close");
    }

    public TicketPage withdraw() {
        return submit("withdrawForm:withdraw");
    }

    public TicketPage changePriority(String label) {
        browser.choose("priorityForm:newPriority", label);
        return submit("priorityForm:changePriority");
    }

    public String priority() {
        return browser.text(By.id("ticketPriority"));
    }

    public TicketPage reassignTo(String name) {
        browser.choose("reassignForm:reassignTo", name);
        return submit("reassignForm:reassign");
    }

    public String waitOnCustomerExpectingError(String question) {
        return dialogExpectingError("workForm:openWait", "waitForm:question", question, "waitForm:confirmWait",
                "waitForm\\:waitMessages");
    }

    public String resolveExpectingError(String summary) {
        return dialogExpectingError("workForm:openResolve", "resolveForm:resolutionSummary", summary,
                "resolveForm:confirmResolve", "resolveForm\\:resolveMessages");
    }

    public TicketPage resolve(String summary) {
        return dialog("workForm:openResolve", "resolveForm:resolutionSummary", summary, "resolveForm:confirmResolve");
    }

    public TicketPage reopen(String reason) {
        return dialog("workForm:openReopen", "reopenForm:reopenReason", reason, "reopenForm:confirmReopen");
    }

    /** Resolves with "then capture an article" ticked; lands on the article editor prefilled from the ticket. */
    public void resolveAndCaptureArticle(String summary) {
        browser.click(By.id("workForm:openResolve"));
        browser.type(By.id("resolveForm:resolutionSummary"), summary);
        browser.click(By.cssSelector("[id='resolveForm:captureAfterResolve'] .ui-chkbox-box"));
        browser.clickAndWaitForPage(By.id("resolveForm:confirmResolve"));
        browser.find(By.id("articleForm:title"));
    }

    /** Searches with the knowledge panel's finder; returns the articles found, each as its number and title. */
    public List<String> findArticles(String text) {
        browser.type(By.id("knowledgeForm:findArticle"), text);
        browser.click(By.id("knowledgeForm:findArticles"));
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".found-article")).isEmpty());
        return browser.texts(By.cssSelector(".found-article"));
    }

    /** Opens the resolve dialog and returns the articles it offers to link as having solved the ticket. */
    public List<String> resolveLinkCandidates() {
        browser.click(By.id("workForm:openResolve"));
        browser.find(By.id("resolveForm:resolutionSummary"));
        List<String> offered = browser.texts(By.cssSelector("[id='resolveForm:solvedBy'] label"));
        browser.click(By.cssSelector("#resolveDialog .ui-dialog-titlebar-close"));
        return offered;
    }

    /** Resolves, ticking in the resolve dialog the articles that solved it. */
    public TicketPage resolveLinking(String summary, String... articleNumbers) {
        browser.click(By.id("workForm:openResolve"));
        browser.type(By.id("resolveForm:resolutionSummary"), summary);
        for (String number : articleNumbers) {
            browser.click(By.xpath("//*[@id='resolveForm:solvedBy']//label[starts-with(normalize-space(.), '" + number + " ')]"));
        }
        return submit("resolveForm:confirmResolve");
    }

    /** The customer's answers about each resolution, as the ticket page shows them. */
    public List<String> feedback() {
        return browser.texts(By.cssSelector("#customerFeedback .feedback-answers"));
    }

    /** The issue of every escalation's handoff, kept on the page for the ticket's whole life. */
    public List<String> handoffIssues() {
        return browser.texts(By.cssSelector("#handoffs .handoff-issue"));
    }

    /** The titles the knowledge panel suggests for this ticket, most relevant first. */
    public List<String> suggestedArticles() {
        return browser.texts(By.cssSelector("#suggestedArticles .suggested-title"));
    }

    public List<String> linkedArticles() {
        return browser.texts(By.cssSelector(".linked-article"));
    }

    /** Opens the escalate dialog and returns the article numbers it suggests before escalating. */
    public List<String> escalateDialogSuggestions() {
        browser.click(By.id("workForm:openEscalate"));
        browser.find(By.id("escalateForm:escalateSuggestions"));
        return browser.texts(By.cssSelector(".escalate-suggestion a"));
    }

    /** In the open escalate dialog: links the suggested article instead of escalating. */
    public TicketPage linkInsteadOfEscalating(String articleNumber) {
        List<org.openqa.selenium.WebElement> rows = browser.findAll(By.cssSelector(".escalate-suggestion"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().startsWith(articleNumber + " ")) {
                browser.clickAndWaitForPage(By.cssSelector(".escalate-suggestion:nth-of-type(" + (i + 1) + ") .link-instead"));
                browser.find(By.id("ticketNumber"));
                return this;
            }
        }
        throw new AssertionError("The escalate dialog does not suggest " + articleNumber);
    }

    public String resolution() {
        return browser.text(By.id("ticketResolution"));
    }

    public String reopenCount() {
        return browser.text(By.id("ticketReopenCount"));
    }

    /** The buttons offered for working the ticket, by their labels. */
    public List<String> offeredActions() {
        return browser.texts(By.cssSelector("[id='workForm'] button"));
    }

    private TicketPage submit(String buttonId) {
        browser.clickAndWaitForPage(By.id(buttonId));
        browser.find(By.id("ticketNumber"));
        return this;
    }

    private TicketPage dialog(String openId, String fieldId, String text, String confirmId) {
        browser.click(By.id(openId));
        browser.type(By.id(fieldId), text);
        return submit(confirmId);
    }

    private String dialogExpectingError(String openId, String fieldId, String text, String confirmId, String messagesCss) {
        browser.click(By.id(openId));
        browser.type(By.id(fieldId), text);
        browser.click(By.id(confirmId));
        return browser.text(By.cssSelector("#" + messagesCss + " .ui-messages-error"));
    }

    /** Adds a reply to the customer (or an internal note) with files chosen in the note's file field. */
    public TicketPage addNoteWithFiles(String text, boolean toCustomer, java.util.List<java.nio.file.Path> files) {
        if (toCustomer) {
            browser.click(By.cssSelector("label[for='noteForm:noteVisibility:1']"));
        }
        browser.type(By.id("noteForm:noteBody"), text);
        browser.chooseFiles(By.cssSelector("#noteForm input[type='file']"), files);
        browser.clickAndWaitForPage(By.id("noteForm:addNote"));
        return this;
    }

    /** Attaches files to the ticket itself (staff only) in the Files panel. */
    public TicketPage attachFiles(java.util.List<java.nio.file.Path> files) {
        browser.chooseFiles(By.cssSelector("#fileForm input[type='file']"), files);
        browser.clickAndWaitForPage(By.id("fileForm:attachFiles"));
        return this;
    }

    /** The names of the files in the Files panel, oldest first. */
    public List<String> files() {
        return browser.texts(By.cssSelector(".ticket-file .file-link"));
    }

    /** The names of the files shown under the notes, oldest first. */
    public List<String> noteFiles() {
        return browser.texts(By.cssSelector(".note-file .file-link"));
    }

    /** How many image previews the Files panel shows, loaded. */
    public long loadedPreviews() {
        return browser.findAll(By.cssSelector("img.file-preview")).stream()
                .filter(img -> Boolean.TRUE.equals(browser.runScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img)))
                .count();
    }

    /** Downloads a file of the Files panel by its name. */
    public java.nio.file.Path download(String fileName) {
        return browser.download(By.xpath("//div[contains(@class,'ticket-file')]//a[contains(@class,'file-link') and normalize-space()='"
                + fileName + "']"));
    }

    /** The error message the page shows, if any. */
    public String error() {
        return browser.text(By.cssSelector(".ui-messages-error, .ui-message-error"));
    }

    public TicketPage addInternalNote(String text) {
        browser.type(By.id("noteForm:noteBody"), text);
        browser.clickAndWaitForPage(By.id("noteForm:addNote"));
        return this;
    }

    /** Fills the escalate dialog and sends it; blank handoff parts are left empty. */
    public void fillEscalation(String team, String reason, String issue, String steps, String needed) {
        browser.click(By.id("workForm:openEscalate"));
        browser.find(By.id("escalateDialog"));
        browser.choose("escalateForm:targetTeam", team);
        browser.choose("escalateForm:reason", reason);
        browser.type(By.id("escalateForm:issue"), issue);
        browser.type(By.id("escalateForm:stepsTaken"), steps);
        browser.type(By.id("escalateForm:needed"), needed);
    }

    public TicketPage escalate(String team, String reason, String issue, String steps, String needed) {
        fillEscalation(team, reason, issue, steps, needed);
        browser.clickAndWaitForPage(By.id("escalateForm:confirmEscalate"));
        browser.find(By.id("ticketNumber"));
        return this;
    }

    /** Sends the escalate dialog expecting it to be refused; returns the messages it shows. */
    public String escalateExpectingError(String team, String reason, String issue, String steps, String needed) {
        fillEscalation(team, reason, issue, steps, needed);
        browser.click(By.id("escalateForm:confirmEscalate"));
        return browser.text(By.cssSelector("#escalateForm\\:escalateMessages .ui-messages-error"));
    }

    /** Opens the escalate dialog and returns what it says about the policy's proposal, and the team preselected. */
    public List<String> openEscalateDialogForProposal() {
        browser.click(By.id("workForm:openEscalate"));
        browser.find(By.id("escalateDialog"));
        return List.of(browser.text(By.id("escalateForm:policyProposal")),
                browser.text(By.id("escalateForm:targetTeam_label")));
    }

    /** Sends the open escalate dialog with the team left as proposed. */
    public TicketPage escalateAsProposed(String reason, String issue, String steps, String needed) {
        browser.choose("escalateForm:reason", reason);
        browser.type(By.id("escalateForm:issue"), issue);
        browser.type(By.id("escalateForm:stepsTaken"), steps);
        browser.type(By.id("escalateForm:needed"), needed);
        browser.clickAndWaitForPage(By.id("escalateForm:confirmEscalate"));
        browser.find(By.id("ticketNumber"));
        return this;
    }

    public List<String> escalationPolicies() {
        return browser.texts(By.cssSelector("[id='escalations'] tbody tr td:nth-child(4)"));
    }

    public void closeEscalateDialog() {
        browser.click(By.cssSelector("#escalateDialog .ui-dialog-titlebar-close"));
    }

    /** Rates the handoff in the pending escalation's panel (1 to 5 each), then accepts. */
    public TicketPage acceptRating(int complete, int steps, int team, String comment) {
        rate("decideForm", complete, steps, team, comment);
        return accept();
    }

    private void rate(String form, int complete, int steps, int team, String comment) {
        browser.find(By.id(form + ":rateComplete"));
        browser.runScript("PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);", form + ":rateComplete", complete);
        browser.runScript("PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);", form + ":rateSteps", steps);
        browser.runScript("PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);", form + ":rateTeam", team);
        browser.type(By.id(form + ":rateComment"), comment);
    }

    /** The ratings of the handoffs, as the ticket page shows them to the sending side. */
    public List<String> handoffRatings() {
        return browser.texts(By.cssSelector("#handoffs .handoff-rating-given"));
    }

    public TicketPage accept() {
        browser.clickAndWaitForPage(By.id("decideForm:accept"));
        browser.find(By.id("ticketNumber"));
        return this;
    }

    public String returnExpectingError(String reason) {
        browser.click(By.id("decideForm:openReturn"));
        browser.type(By.id("returnForm:returnReason"), reason);
        browser.click(By.id("returnForm:confirmReturn"));
        return browser.text(By.cssSelector("#returnForm\\:returnMessages .ui-messages-error"));
    }

    public TicketPage returnEscalation(String reason) {
        browser.click(By.id("decideForm:openReturn"));
        browser.type(By.id("returnForm:returnReason"), reason);
        browser.clickAndWaitForPage(By.id("returnForm:confirmReturn"));
        browser.find(By.id("ticketNumber"));
        return this;
    }

    /**
     * A forged request: posts "accept" for the escalation straight to the server with this
     * browser's session, bypassing the page. Returns "status body".
     */
    public String forgeAccept(long escalationId) {
        return (String) browser.runAsync("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{}'})
                    .then(r => r.text().then(t => done(r.status + ' ' + t)))
                    .catch(e => done('network error ' + e));
                """, Browser.BASE_URL + "api/v1/escalations/" + escalationId + "/accept");
    }

    public TicketPage requestDecision(String kind, String amount, String currency, String justification) {
        browser.click(By.id("workForm:openDecision"));
        browser.find(By.id("decisionDialog"));
        browser.choose("decisionForm:kind", kind);
        browser.type(By.id("decisionForm:amount"), amount);
        browser.type(By.id("decisionForm:currency"), currency);
        browser.type(By.id("decisionForm:justification"), justification);
        return submit("decisionForm:confirmDecision");
    }

    public List<String> decisionStates() {
        return browser.texts(By.className("decision-state"));
    }

    public List<String> decisionSteps() {
        return browser.texts(By.cssSelector(".decision-steps li"));
    }

    public long firstDecisionId() {
        return Long.parseLong(browser.texts(By.className("decision-id")).get(0));
    }

    public boolean offersDecision() {
        return browser.isPresent(By.cssSelector(".decision-decide"));
    }

    public TicketPage approveDecision(String note) {
        browser.type(By.cssSelector(".decision-decide textarea"), note);
        browser.clickAndWaitForPage(By.cssSelector(".decision-decide button[id$='approve']"));
        browser.find(By.id("ticketNumber"));
        return this;
    }

    public List<Long> decisionIds() {
        return browser.texts(By.className("decision-id")).stream().map(Long::valueOf).toList();
    }

    /** Types the note into one request's own field, among several, and approves or rejects that request. */
    public TicketPage decide(long requestId, boolean approve, String note) {
        String row = "//div[contains(@class,'decision') and .//span[@class='decision-id' and text()='" + requestId + "']]";
        browser.type(By.xpath(row + "//textarea"), note);
        browser.clickAndWaitForPage(By.xpath(row + "//button[contains(@id,'" + (approve ? "approve" : "reject") + "')]"));
        browser.find(By.id("ticketNumber"));
        return this;
    }

    /** Opens the resolve dialog and returns its warning about decisions still waiting for approval. */
    public String pendingDecisionsWarning() {
        browser.click(By.id("workForm:openResolve"));
        String warning = browser.text(By.id("resolveForm:pendingDecisions"));
        browser.click(By.cssSelector("#resolveDialog .ui-dialog-titlebar-close"));
        return warning;
    }

    /** Resolves after confirming that the decisions waiting for approval are withdrawn. */
    public TicketPage resolveWithdrawingDecisions(String summary) {
        browser.click(By.id("workForm:openResolve"));
        browser.type(By.id("resolveForm:resolutionSummary"), summary);
        browser.click(By.cssSelector("#resolveForm\\:withdrawPending .ui-chkbox-box"));
        return submit("resolveForm:confirmResolve");
    }

    /** A forged decision: posts it straight to the API with this browser's session. Returns "status body". */
    public String forgeDecision(long requestId, String decision) {
        return (String) browser.runAsync("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{"note":"ok"}'})
                    .then(r => r.text().then(t => done(r.status + ' ' + t)))
                    .catch(e => done('network error ' + e));
                """, Browser.BASE_URL + "api/v1/decisions/" + requestId + "/" + decision);
    }

    /** Downloads this ticket's audit trail through the export link, as the signed-in user; returns "status body". */
    public String downloadTrail(String format) {
        return (String) browser.runAsync("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)))
                    .catch(e => done('network error ' + e));
                """, Browser.BASE_URL + "api/v1/audit/tickets/" + number() + "?format=" + format);
    }

    private List<String> column(String cssClass) {
        return browser.texts(By.className(cssClass));
    }
}
