package com.escalationdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.ticket.Category;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KnowledgeIndexTest {

    private final KnowledgeIndex index = new KnowledgeIndex();

    @AfterEach
    void close() {
        index.close();
    }

    private void put(long id, String title, String problem, Category category, Audience audience, ArticleState state,
            String tags) {
        index.put(id, new ArticleContent(title, problem, null, null, "Do this.", category, ArticleContent.tags(tags), audience),
                state, id);
    }

    private List<Long> ids(KnowledgeQuery q) {
        return index.search(q).stream().map(KnowledgeIndex.Hit::articleId).toList();
    }

    private static KnowledgeQuery text(String text) {
        return new KnowledgeQuery(text, null, null, null, null, null, 10);
    }

    @Test
    void stemmingFindsOtherFormsOfTheSameWord() {
        put(1, "Mobile app crashing at launch", "The app closes itself", Category.TECHNICAL, Audience.CUSTOMERS,
                ArticleState.VALIDATED, "app");
        put(2, "Invoice shows the wrong plan", "My bill names an old plan", Category.BILLING, Audience.CUSTOMERS,
                ArticleState.VALIDATED, "invoice");
        index.publish();

        assertThat(ids(text("the app crashes when launched"))).containsExactly(1L);
        assertThat(ids(text("invoices"))).containsExactly(2L);
    }

    @Test
    void aTitleMatchOutranksTheSameWordsInPassing() {
        put(1, "Card terminal offline", "Terminal shows no connection", Category.TECHNICAL, Audience.INTERNAL,
                ArticleState.VALIDATED, "terminal");
        put(2, "Change of address", "Moving; also the card terminal must be moved, which is offline for a day",
                Category.GENERAL, Audience.INTERNAL, ArticleState.VALIDATED, "address");
        index.publish();

        assertThat(ids(text("card terminal offline"))).containsExactly(1L, 2L);
    }

    @Test
    void filtersNarrowByStateAudienceCategoryAndTag() {
        put(1, "Refund not received", "refund", Category.BILLING, Audience.CUSTOMERS, ArticleState.VALIDATED, "refund");
        put(2, "Refund above the limit", "refund", Category.BILLING, Audience.INTERNAL, ArticleState.NOT_VALIDATED,
                "refund, approval");
        put(3, "Refund of roaming", "refund", Category.NETWORK, Audience.CUSTOMERS, ArticleState.WORK_IN_PROGRESS, "refund");
        put(4, "Refund archived", "refund", Category.BILLING, Audience.CUSTOMERS, ArticleState.ARCHIVED, "refund");
        index.publish();

        assertThat(ids(KnowledgeQuery.suggestionsFor("refund", "", null))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(KnowledgeQuery.forCustomers("refund", 3))).containsExactly(1L);
        assertThat(ids(new KnowledgeQuery("refund", null, null, Category.NETWORK, null, null, 10))).containsExactly(3L);
        assertThat(ids(new KnowledgeQuery("", null, null, null, "approval", null, 10))).containsExactly(2L);
        assertThat(ids(new KnowledgeQuery("", EnumSet.of(ArticleState.ARCHIVED), null, null, null, null, 10)))
                .containsExactly(4L);
    }

    @Test
    void withoutTextTheMostRecentlyChangedComeFirst() {
        put(1, "A", "one", Category.GENERAL, Audience.INTERNAL, ArticleState.VALIDATED, "");
        put(3, "C", "three", Category.GENERAL, Audience.INTERNAL, ArticleState.VALIDATED, "");
        put(2, "B", "two", Category.GENERAL, Audience.INTERNAL, ArticleState.VALIDATED, "");
        index.publish();

        assertThat(ids(text(" "))).containsExactly(3L, 2L, 1L);
    }

    @Test
    void aChangedArticleReplacesItsOldTextAndARemovedOneIsGone() {
        put(1, "Router restarts", "every night", Category.NETWORK, Audience.CUSTOMERS, ArticleState.VALIDATED, "");
        put(2, "Slow speeds", "since the upgrade", Category.NETWORK, Audience.CUSTOMERS, ArticleState.VALIDATED, "");
        index.publish();
        put(1, "Router overheats", "every night", Category.NETWORK, Audience.CUSTOMERS, ArticleState.VALIDATED, "");
        index.remove(2);

        assertThat(ids(text("restarts"))).as("not visible before publishing").containsExactly(1L);
        index.publish();

        assertThat(ids(text("restarts"))).isEmpty();
        assertThat(ids(text("overheats"))).containsExactly(1L);
        assertThat(ids(text("slow speeds"))).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void anyTextIsAValidQueryAndStopWordsAloneFindNothing() {
        put(1, "Portal sign-in fails", "cannot sign in", Category.ACCOUNT, Audience.CUSTOMERS, ArticleState.VALIDATED, "");
        index.publish();

        assertThat(ids(text("the and of"))).isEmpty();
        assertThat(ids(text("sign-in AND (\"portal OR *:* ~2 [x TO y]"))).containsExactly(1L);
        assertThat(ids(text("portal ".repeat(5000) + String.join(" ", java.util.Collections.nCopies(3000, "w"))
                + " " + java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "term" + i)
                        .collect(java.util.stream.Collectors.joining(" "))))).containsExactly(1L);
    }
}
