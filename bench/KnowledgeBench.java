import com.escalationdesk.knowledge.ArticleContent;
import com.escalationdesk.knowledge.ArticleState;
import com.escalationdesk.knowledge.Audience;
import com.escalationdesk.knowledge.DemoArticles;
import com.escalationdesk.knowledge.KnowledgeIndex;
import com.escalationdesk.knowledge.KnowledgeQuery;
import com.escalationdesk.ticket.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Knowledge suggestions at scale: the 48 demo articles among generated ones (sentences of the demo
 * articles recombined, so that the distractors use the same vocabulary) up to N articles; times
 * building the index, then the suggestion query for each labelled ticket, and reports recall@5 and
 * MRR of the labelled set among the distractors. Prints figures; asserts nothing.
 *
 *   java -cp <domain classes>:<lucene jars> bench/KnowledgeBench.java <articles> <labelled-tickets.tsv>
 */
public class KnowledgeBench {

    public static void main(String[] args) throws Exception {
        int total = Integer.parseInt(args[0]);
        List<String[]> labelled = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t")).toList();
        var demo = DemoArticles.load();
        List<String> sentences = new ArrayList<>();
        for (var a : demo) {
            for (String text : new String[] {a.content().problem(), a.content().cause(), a.content().resolution()}) {
                if (text != null) {
                    sentences.addAll(Arrays.asList(text.split("(?<=[.!?])\\s+|\\n")));
                }
            }
        }
        Random random = new Random(42);
        long began = System.nanoTime();
        try (KnowledgeIndex index = new KnowledgeIndex()) {
            long id = 1;
            List<String> keys = new ArrayList<>();
            for (var a : demo) {
                index.put(id++, a.content(), a.state(), id);
                keys.add(a.key());
            }
            Category[] categories = Category.values();
            while (id <= total) {
                String title = pick(sentences, random);
                title = title.length() > 120 ? title.substring(0, 120) : title;
                ArticleContent c = new ArticleContent(title, pick(sentences, random) + " " + pick(sentences, random),
                        null, pick(sentences, random), pick(sentences, random) + "\n" + pick(sentences, random) + "\n"
                                + pick(sentences, random), categories[random.nextInt(categories.length)], List.of(),
                        random.nextBoolean() ? Audience.INTERNAL : Audience.CUSTOMERS);
                index.put(id++, c, random.nextInt(10) < 8 ? ArticleState.VALIDATED : ArticleState.NOT_VALIDATED, id);
            }
            index.publish();
            long built = System.nanoTime() - began;
            System.out.printf("Index of %,d articles built in %.1f s%n", index.size(), built / 1e9);

            // warm up, then measure each labelled ticket's suggestion query 20 times
            for (int round = 0; round < 5; round++) {
                for (String[] l : labelled) {
                    index.search(KnowledgeQuery.suggestionsFor(l[2], l[3], Category.valueOf(l[1])));
                }
            }
            List<Long> times = new ArrayList<>();
            int found = 0;
            double rr = 0;
            for (int round = 0; round < 20; round++) {
                for (String[] l : labelled) {
                    long t0 = System.nanoTime();
                    List<KnowledgeIndex.Hit> hits = index.search(KnowledgeQuery.suggestionsFor(l[2], l[3], Category.valueOf(l[1])));
                    times.add(System.nanoTime() - t0);
                    if (round == 0) {
                        for (int r = 0; r < hits.size(); r++) {
                            long hit = hits.get(r).articleId();
                            if (hit <= keys.size() && keys.get((int) hit - 1).equals(l[0])) {
                                found++;
                                rr += 1.0 / (r + 1);
                            }
                        }
                    }
                }
            }
            times.sort(null);
            System.out.printf("Suggestions (top 5 of %,d) for %d labelled tickets x 20: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    total, labelled.size(), times.get(times.size() / 2) / 1e6, times.get(times.size() * 99 / 100) / 1e6,
                    times.get(times.size() - 1) / 1e6);
            System.out.printf("Among %,d articles: recall@5 %.3f, MRR %.3f%n", total, (double) found / labelled.size(),
                    rr / labelled.size());
        }
    }

    private static String pick(List<String> sentences, Random random) {
        return sentences.get(random.nextInt(sentences.size())).strip();
    }
}
