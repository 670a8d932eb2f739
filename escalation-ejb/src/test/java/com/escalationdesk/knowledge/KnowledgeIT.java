package com.escalationdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.DirectoryAdmin;
import com.escalationdesk.directory.UserInput;
import com.escalationdesk.directory.UserRow;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base on Payara Micro with the real database, as the demo users: alice and tom (Tier 1,
 * Frontline support), bob (Tier 2, Billing specialists, a knowledge reviewer by his tier).
 */
class KnowledgeIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    Knowledge knowledge;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    DirectoryAdmin directoryAdmin;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Test
    void theDemoKnowledgeBaseSuggestsTheArticleThatAnswersANewTicket() {
        signIn.as("alice");
        String number = newTicket("Payment machine in the shop says offline",
                "Since this morning the card machine at the till shows No host connection and no card goes through.",
                Category.TECHNICAL);

        List<ArticleSummary> suggested = knowledge.suggestionsFor(number);

        assertThat(suggested).hasSizeLessThanOrEqualTo(5).isNotEmpty();
        assertThat(suggested.get(0).title()).isEqualTo("Card terminal shows Offline or No host connection");
        assertThat(suggested).allSatisfy(a -> assertThat(a.state().usable()).isTrue());
    }

    @Test
    void anArticleCapturedFromAnEscalatedCaseIsPrefilledLinkedAuditedAndFoundAtOnce() {
        signIn.as("alice");
        String number = newTicket("Loyalty discount missing on invoice", "The 10% loyalty discount vanished from the"
                + " October invoice after the tariff migration.", Category.BILLING);
        long escalation = escalations.escalate(new EscalationRequest(number, billing().id(), EscalationReason.KNOWLEDGE,
                "Loyalty discount dropped by the tariff migration", "Checked the contract: discount still valid",
                "Restore the discount and credit October"));
        signIn.as("bob");
        escalations.accept(escalation);
        tickets.resolve(number, "Re-applied discount code LOY10 in billing; credited October's difference.");

        ArticleContent draft = knowledge.draftFrom(number);
        assertThat(draft.title()).isEqualTo("Loyalty discount missing on invoice");
        assertThat(draft.cause()).contains("Loyalty discount dropped by the tariff migration")
                .contains("Checked the contract").contains("Restore the discount");
        assertThat(draft.resolution()).isEqualTo("Re-applied discount code LOY10 in billing; credited October's difference.");

        String article = knowledge.create(new ArticleContent(draft.title(), draft.problem(), "Tariff migration 2026",
                draft.cause(), draft.resolution(), draft.category(), List.of("loyalty", "discount"), Audience.INTERNAL), number);

        ArticleDetails details = knowledge.article(article);
        assertThat(details.summary().state()).isEqualTo(ArticleState.NOT_VALIDATED);
        assertThat(details.fromEscalation()).isTrue();
        assertThat(details.sourceTickets()).containsExactly(number);
        assertThat(details.links()).extracting(ArticleDetails.LinkView::ticketNumber).containsExactly(number);
        assertThat(knowledge.linkedTo(number)).extracting(ArticleSummary::number).containsExactly(article);
        assertThat(audit.timeline("article:" + article)).extracting(TimelineEntry::action)
                .containsExactly(AuditAction.ARTICLE_CREATED.label());
        assertThat(audit.timeline(AuditEntry.ticketChain(number))).extracting(TimelineEntry::action)
                .contains(AuditAction.ARTICLE_LINKED.label());
        assertThat(knowledge.search(new KnowledgeQuery("loyalty discount vanished", null, null, null, null, null, 5)))
                .first().extracting(ArticleSummary::number).isEqualTo(article);
    }

    @Test
    void reuseAtTierOneOfAnArticleFromAnEscalatedCaseCountsAnEscalationAvoided() {
        signIn.as("alice");
        String escalated = newTicket("Router reboots at night", "Router restarts around 3 am every night.", Category.NETWORK);
        long e = escalations.escalate(new EscalationRequest(escalated, network().id(), EscalationReason.KNOWLEDGE,
                "Nightly reboots", "Power cycled, checked cabling", "Find the cause"));
        signIn.as("nina");
        escalations.accept(e);
        String article = knowledge.create(new ArticleContent("Router reboots every night at 3 am", "My router restarts at night",
                null, "Firmware maintenance window", "Move the maintenance window in the ACS profile", Category.NETWORK,
                List.of("router"), Audience.INTERNAL), escalated);

        signIn.as("tom");
        String repeat = newTicket("Router restarting overnight", "Every night at about 3 the router reboots.", Category.NETWORK);
        assertThat(knowledge.suggestionsFor(repeat)).extracting(ArticleSummary::number).contains(article);
        assertThat(knowledge.forTicket(repeat).suggestions()).extracting(ArticleSummary::number).contains(article);
        knowledge.link(repeat, article);
        TicketKnowledge shown = knowledge.forTicket(repeat);
        assertThat(shown.linked()).extracting(ArticleSummary::number).containsExactly(article);
        assertThat(shown.suggestions()).as("a linked article is not suggested again").extracting(ArticleSummary::number)
                .doesNotContain(article);
        assertThatThrownBy(() -> knowledge.link(repeat, article)).isInstanceOf(RuleViolation.class)
                .hasMessage(article + " is linked to " + repeat + " already.");
        tickets.resolve(repeat, "Moved the maintenance window as the article says.");

        ArticleSummary.Reuse reuse = knowledge.article(article).summary().reuse();
        assertThat(reuse).isEqualTo(new ArticleSummary.Reuse(2, 1, 1));
        assertThat(knowledge.reuseByCategory()).filteredOn(r -> r.category() == Category.NETWORK).singleElement()
                .satisfies(r -> assertThat(r.reuse().escalationsAvoided()).isGreaterThanOrEqualTo(1));

        tickets.reopen(repeat, "Rebooted again");
        assertThat(knowledge.article(article).summary().reuse()).isEqualTo(new ArticleSummary.Reuse(2, 0, 0));
    }

    @Test
    void validatingAndArchivingTakeTheReviewerRightAndAStaleEditIsRefused() {
        signIn.as("alice");
        String article = knowledge.create(new ArticleContent("Portal shows a blank page", "The portal page stays white",
                null, null, null, Category.ACCOUNT, List.of(), Audience.CUSTOMERS), null);
        ArticleDetails wip = knowledge.article(article);
        assertThat(wip.summary().state()).isEqualTo(ArticleState.WORK_IN_PROGRESS);
        knowledge.revise(article, wip.version(), new ArticleContent("Portal shows a blank page", "The portal page stays white",
                "Safari 17", "Blocked third-party cookies", "Allow cookies for the portal", Category.ACCOUNT, List.of(),
                Audience.CUSTOMERS));
        knowledge.moveTo(article, knowledge.article(article).version(), ArticleState.NOT_VALIDATED, null);
        long version = knowledge.article(article).version();
        assertThatThrownBy(() -> knowledge.moveTo(article, version, ArticleState.VALIDATED, null))
                .isInstanceOf(AccessRefused.class).hasMessage("Validating an article takes the knowledge-reviewer right.");
        assertThatThrownBy(() -> knowledge.reviewQueue()).isInstanceOf(AccessRefused.class);

        signIn.as("bob");
        assertThat(knowledge.reviewQueue().notValidated()).extracting(ArticleSummary::number).contains(article);
        knowledge.moveTo(article, version, ArticleState.VALIDATED, "Reproduced in Safari");
        assertThat(knowledge.forCustomers("portal blank white page", 3)).extracting(ArticleSummary::number).contains(article);
        assertThatThrownBy(() -> knowledge.moveTo(article, version, ArticleState.ARCHIVED, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("since you opened it");

        signIn.as("alice");
        ArticleDetails validated = knowledge.article(article);
        knowledge.revise(article, validated.version(), new ArticleContent("Portal shows a blank page",
                "The portal page stays white", "Safari 17 and 18", "Blocked third-party cookies",
                "Allow cookies for the portal", Category.ACCOUNT, List.of("safari"), Audience.CUSTOMERS));
        ArticleDetails edited = knowledge.article(article);
        assertThat(edited.summary().state()).isEqualTo(ArticleState.NOT_VALIDATED);
        assertThat(edited.versions()).extracting(ArticleDetails.VersionView::summary).first().asString()
                .isEqualTo("Changed environment, tags; back to not validated until a reviewer checks it");
        assertThat(knowledge.forCustomers("portal blank white page", 3)).extracting(ArticleSummary::number)
                .doesNotContain(article);
        assertThat(audit.timeline("article:" + article)).hasSize(5);
    }

    @Test
    void anAdminGivesTheReviewerRightToATier1AgentAndTakesItFromATier2One() {
        signIn.as("adam");
        setReviewer("alice", true);
        setReviewer("bob", false);
        assertThat(directoryAdmin.users()).filteredOn(u -> u.loginName().equals("alice")).singleElement()
                .satisfies(u -> assertThat(u.reviewsKnowledge()).isTrue());

        signIn.as("bob");
        assertThat(knowledge.mayReview()).isFalse();
        String article = knowledge.create(new ArticleContent("Hotspot name changed", "My hotspot has a new name", null, null,
                "Rename it under Settings", Category.NETWORK, List.of(), Audience.CUSTOMERS), null);
        assertThatThrownBy(() -> knowledge.moveTo(article, knowledge.article(article).version(), ArticleState.VALIDATED, null))
                .isInstanceOf(AccessRefused.class);
        signIn.as("alice");
        assertThat(knowledge.mayReview()).isTrue();
        knowledge.moveTo(article, knowledge.article(article).version(), ArticleState.VALIDATED, "Checked");
        assertThat(knowledge.article(article).summary().state()).isEqualTo(ArticleState.VALIDATED);

        signIn.as("adam");
        setReviewer("alice", null);
        setReviewer("bob", null);
    }

    private void setReviewer(String login, Boolean choice) {
        UserRow u = directoryAdmin.users().stream().filter(r -> r.loginName().equals(login)).findFirst().orElseThrow();
        directoryAdmin.updateUser(login, new UserInput(u.loginName(), u.displayName(), u.email(), u.teamId(), u.roles(),
                u.approvalLevel(), u.managerLogin(), choice));
    }

    @Test
    void aFlagReachesTheReviewersAndTheirAnswerClosesIt() {
        signIn.as("alice");
        ArticleSummary roaming = knowledge.search(new KnowledgeQuery("roaming charges after travelling", null, null, null,
                null, null, 1)).get(0);
        long flag = knowledge.flag(roaming.number(), ArticleFlag.Kind.OUTDATED, "EU roaming is free since the new tariff");
        assertThatThrownBy(() -> knowledge.closeFlag(flag, "Fixed")).isInstanceOf(AccessRefused.class);

        signIn.as("bob");
        assertThat(knowledge.reviewQueue().openFlags()).extracting(ArticleDetails.FlagView::id).containsExactly(flag);
        knowledge.closeFlag(flag, "Updated the EU section");
        assertThat(knowledge.reviewQueue().openFlags()).isEmpty();
        assertThat(knowledge.article(roaming.number()).flags()).singleElement()
                .satisfies(f -> assertThat(f.answer()).isEqualTo("Updated the EU section"));
        assertThatThrownBy(() -> knowledge.closeFlag(flag, "Again")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void customersNeverSeeInternalOrUnvalidatedArticles() {
        List<ArticleSummary> shown = knowledge.forCustomers("", 100);
        assertThat(shown).isNotEmpty().allSatisfy(a -> {
            assertThat(a.audience()).isEqualTo(Audience.CUSTOMERS);
            assertThat(a.state()).isEqualTo(ArticleState.VALIDATED);
        });
        signIn.as("alice");
        ArticleSummary internal = knowledge.search(new KnowledgeQuery("", null, Audience.INTERNAL, null, null, null, 1)).get(0);
        signIn.out();
        assertThatThrownBy(() -> knowledge.customerArticle(internal.number())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> knowledge.customerArticle("KB-x")).isInstanceOf(NotFound.class);
        assertThat(knowledge.customerArticle(shown.get(0).number()).title()).isEqualTo(shown.get(0).title());
    }

    /**
     * Two servers each keep their own index in step with the one database: a second copy, built
     * outside this server's, sees every change the services make, whoever searches first, also
     * while writers and readers run at once; and a database made afresh is indexed from nothing.
     */
    @Test
    void twoIndexCopiesStayInStepWithTheDatabase() throws Exception {
        try (KnowledgeIndexReplica other = new KnowledgeIndexReplica(dataSource)) {
            int before = articlesInTheDatabase();
            assertThat(other.size()).isEqualTo(before);
            signIn.as("bob");
            String article = knowledge.create(new ArticleContent("Fax line crackles", "My fax line crackles", null, null,
                    "Replace the ADSL filter", Category.NETWORK, List.of(), Audience.CUSTOMERS), null);
            long id = Long.parseLong(article.substring(3));

            assertThat(other.search(new KnowledgeQuery("fax crackling", null, null, null, null, null, 5)))
                    .extracting(KnowledgeIndex.Hit::articleId).containsExactly(id);
            assertThat(other.search(KnowledgeQuery.suggestionsFor("fax crackling", "", null)))
                    .extracting(KnowledgeIndex.Hit::articleId).containsExactly(id);
            knowledge.moveTo(article, knowledge.article(article).version(), ArticleState.ARCHIVED, null);
            assertThat(other.search(KnowledgeQuery.suggestionsFor("fax crackling", "", null)))
                    .as("the same search, its hits kept from before the change dropped").isEmpty();
            assertThat(knowledge.search(KnowledgeQuery.suggestionsFor("fax crackling", "", null))).isEmpty();

            // readers search the other copy all the time while articles are written: right after each
            // save returns, that copy finds it, and no reader ever fails
            ExecutorService pool = Executors.newFixedThreadPool(3);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger searches = new AtomicInteger();
            Queue<String> errors = new ConcurrentLinkedQueue<>();
            try {
                List<Future<Integer>> readers = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    readers.add(pool.submit(() -> {
                        int failures = 0;
                        while (writing.get()) {
                            try {
                                other.search(new KnowledgeQuery("parallel zebra", null, null, null, null, null, 50));
                                searches.incrementAndGet();
                            } catch (RuntimeException e) {
                                failures++;
                                errors.add(e.toString());
                            }
                        }
                        return failures;
                    }));
                }
                int wrong = 0;
                for (int i = 0; i < 12; i++) {
                    String created = knowledge.create(new ArticleContent("Parallel zebra case " + i, "zebra" + i
                            + " problem", null, null, "Fix it", Category.GENERAL, List.of(), Audience.INTERNAL), null);
                    long createdId = Long.parseLong(created.substring(3));
                    if (other.search(new KnowledgeQuery("zebra" + i, null, null, null, null, null, 5)).stream()
                            .noneMatch(h -> h.articleId() == createdId)) {
                        wrong++;
                        errors.add(created + " not found right after it was saved");
                    }
                }
                writing.set(false);
                for (Future<Integer> reader : readers) {
                    wrong += reader.get();
                }
                assertThat(wrong).as("wrong answers among %d concurrent searches: %s", searches.get(), errors).isZero();
            } finally {
                writing.set(false);
                pool.shutdown();
            }
            assertThat(other.size()).isEqualTo(before + 1 + 12).isEqualTo(articlesInTheDatabase());
        }
    }

    private int articlesInTheDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM kb_article")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String newTicket(String subject, String description, Category category) {
        CustomerOption customer = directory.findCustomers("").get(0);
        return tickets.open(new NewTicket(customer.id(), subject, description, category, Priority.NORMAL, false));
    }

    private TeamOption billing() {
        return team("Billing specialists");
    }

    private TeamOption network() {
        return team("Network engineering");
    }

    private TeamOption team(String name) {
        return directory.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
