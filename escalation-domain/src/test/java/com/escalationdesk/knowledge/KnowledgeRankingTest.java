package com.escalationdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.knowledge.DemoArticles.DemoArticle;
import com.escalationdesk.ticket.Category;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ranking quality, measured: the demo knowledge base against ticket texts written the way customers
 * write, each labelled with the article that answers it. The floors fail the build when a change to
 * the analysis or the weights makes suggestions worse.
 */
class KnowledgeRankingTest {

    static final double RECALL_AT_5_FLOOR = 0.90;
    static final double MRR_FLOOR = 0.75;

    record Labelled(String articleKey, Category category, String subject, String description) {
    }

    private static List<DemoArticle> articles;
    private static List<Labelled> labelled;
    private static KnowledgeIndex index;
    private static final Map<Long, String> KEYS = new HashMap<>();

    @BeforeAll
    static void indexTheDemoKnowledgeBase() throws IOException {
        articles = DemoArticles.load();
        labelled = labelledTickets();
        index = new KnowledgeIndex();
        long id = 1;
        for (DemoArticle a : articles) {
            KEYS.put(id, a.key());
            index.put(id, a.content(), a.state(), id);
            id++;
        }
        index.publish();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<Labelled> labelledTickets() throws IOException {
        try (InputStream in = KnowledgeRankingTest.class.getResourceAsStream("labelled-tickets.tsv")) {
            List<Labelled> set = new ArrayList<>();
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                set.add(new Labelled(c[0].strip(), Category.valueOf(c[1].strip()), c[2].strip(), c[3].strip()));
            }
            return set;
        }
    }

    @Test
    void theDemoKnowledgeBaseAndTheLabelledSetAreBigEnoughToMeasure() {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(40);
        assertThat(labelled).hasSizeGreaterThanOrEqualTo(50);
        List<String> usable = articles.stream().filter(a -> a.state().usable()).map(DemoArticle::key).toList();
        assertThat(labelled).allSatisfy(l -> assertThat(usable).as("labelled article of " + l).contains(l.articleKey()));
    }

    @Test
    void suggestionsFindTheAnsweringArticleInTheTopFive() {
        int found = 0;
        double reciprocalRanks = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled l : labelled) {
            List<String> top = index.search(KnowledgeQuery.suggestionsFor(l.subject(), l.description(), l.category()))
                    .stream().map(h -> KEYS.get(h.articleId())).toList();
            int rank = top.indexOf(l.articleKey()) + 1;
            if (rank > 0) {
                found++;
                reciprocalRanks += 1.0 / rank;
            }
            if (rank != 1) {
                misses.add((rank == 0 ? "missed" : "rank " + rank) + ": " + l.subject() + " -> " + l.articleKey()
                        + " (top: " + top + ")");
            }
        }
        double recall = (double) found / labelled.size();
        double mrr = reciprocalRanks / labelled.size();
        System.out.printf("Knowledge ranking over %d articles and %d labelled tickets: recall@5 %.3f, MRR %.3f%n",
                articles.size(), labelled.size(), recall, mrr);
        misses.forEach(m -> System.out.println("  " + m));

        assertThat(recall).as("recall@5").isGreaterThanOrEqualTo(RECALL_AT_5_FLOOR);
        assertThat(mrr).as("mean reciprocal rank").isGreaterThanOrEqualTo(MRR_FLOOR);
    }
}
