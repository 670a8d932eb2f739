package com.escalationdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.ArticlePage;
import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.TicketPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The learning loop in Chromium against the EAR on Payara Server: an escalated case is resolved at
 * Tier 2 and its article captured on the way; a Tier 1 agent meets the same problem, is offered the
 * article in the escalate dialog, links it instead of escalating and resolves, and the article
 * counts an escalation avoided. A third agent ticks the article in the resolve dialog, which offers
 * it next to one she found, and it counts a third solve.
 */
class KnowledgeCaptureIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anArticleCapturedFromAnEscalatedCaseLetsTier1ResolveTheNextOneWithoutEscalating() {
        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        TicketPage alice = NewTicketPage.open(aliceBrowser).create("Northwind Traders", "Intercom handset hums after fibre switch",
                "Since the switch to fibre the door intercom handset hums loudly on every call.", "Network", "P3");
        String first = alice.number();
        alice.escalate("Network engineering", "Knowledge", "Intercom hum since the fibre switch",
                "Reseated the intercom cable, rebooted the router", "Find the source of the hum");

        Browser ninaBrowser = browsers.open();
        ninaBrowser.signInAs("nina");
        TicketPage nina = TicketPage.open(ninaBrowser, first).acceptRating(4, 5, 5, "Clear and complete");
        assertThat(nina.handoffIssues()).as("the handoff stays in view once accepted")
                .containsExactly("Intercom hum since the fibre switch");
        nina.resolveAndCaptureArticle("Enabled the analogue line filter profile ATA-3 on the fibre router; hum gone.");
        assertThat(ArticlePage.editorField(ninaBrowser, "title")).isEqualTo("Intercom handset hums after fibre switch");
        assertThat(ArticlePage.editorField(ninaBrowser, "cause")).contains("Intercom hum since the fibre switch")
                .contains("Reseated the intercom cable");
        assertThat(ArticlePage.editorField(ninaBrowser, "resolution"))
                .isEqualTo("Enabled the analogue line filter profile ATA-3 on the fibre router; hum gone.");
        ArticlePage article = ArticlePage.save(ninaBrowser, "intercom, fibre, hum", null);
        String kb = article.number();
        assertThat(article.infoMessage()).isEqualTo(kb + " saved and linked to " + first + ".");
        assertThat(article.state()).isEqualTo("Not validated");
        assertThat(article.offeredMoves()).as("nina is a Tier 2 reviewer").contains("Validate", "Archive");

        assertThat(TicketPage.open(aliceBrowser, first).handoffRatings()).as("the escalating agent sees the rating")
                .containsExactly("summary 4/5, steps 5/5, right team 5/5: Clear and complete");

        Browser tomBrowser = browsers.open();
        tomBrowser.signInAs("tom");
        TicketPage tom = NewTicketPage.open(tomBrowser).create("Contoso Pharmacy", "Buzzing noise on door intercom",
                "Our intercom at the back door buzzes on every call since you moved us to fibre.", "Network", "P3");
        assertThat(tom.suggestedArticles()).first().isEqualTo("Intercom handset hums after fibre switch");
        assertThat(tom.escalateDialogSuggestions()).contains(kb);
        tom = tom.linkInsteadOfEscalating(kb);
        assertThat(tom.infoMessage()).isEqualTo(kb + " linked to " + tom.number() + ".");
        assertThat(tom.linkedArticles()).containsExactly(kb);
        assertThat(tom.timelineActions()).contains("Knowledge article linked");
        tom.resolve("Enabled line filter profile ATA-3 as the article says.");

        ArticlePage counted = ArticlePage.open(tomBrowser, kb);
        assertThat(counted.reuse()).startsWith("Linked to 2 tickets, solved 2");
        assertThat(counted.escalationsAvoided()).isEqualTo("1");
        assertThat(counted.offeredMoves()).as("tom, at Tier 1, does not validate").doesNotContain("Validate", "Archive");

        // the resolve step itself offers the suggested articles and the ones the agent found, and links those ticked
        TicketPage third = NewTicketPage.open(aliceBrowser).create("Northwind Traders", "Intercom buzzes at the side door",
                "The side door intercom buzzes on calls since the fibre switch.", "Network", "P3");
        String found = third.findArticles("card terminal offline no host connection").get(0).split(" ")[0];
        assertThat(third.resolveLinkCandidates()).anySatisfy(o -> assertThat(o).startsWith(kb + " "))
                .anySatisfy(o -> assertThat(o).startsWith(found + " "));
        third = third.resolveLinking("Line filter profile ATA-3, as the article says.", kb);
        assertThat(third.linkedArticles()).containsExactly(kb);
        assertThat(third.status()).isEqualTo("Resolved");
        assertThat(ArticlePage.open(aliceBrowser, kb).reuse()).startsWith("Linked to 3 tickets, solved 3");
    }
}
