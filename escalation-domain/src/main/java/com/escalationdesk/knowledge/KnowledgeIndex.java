package com.escalationdesk.knowledge;

import com.escalationdesk.shared.AnalyzedTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The knowledge base's full-text index: Apache Lucene with BM25 (its default similarity) over
 * English text with stemming and stop words, held in memory. It holds no truth of its own: the
 * application fills it from the database and keeps it in step, so any number of servers can each
 * hold one and a restart simply builds it again.
 *
 * <p>The text of a query is analyzed, never parsed, so whatever a customer wrote is a valid query.
 * Each article field is searched on its own and the best field counts most (a disjunction-max
 * query): a title that matches outweighs the same words somewhere in a long resolution.
 */
public final class KnowledgeIndex implements AutoCloseable {

    /** How much a match in each field counts; measured against the labelled tickets (see the README). */
    static final Map<String, Float> FIELD_WEIGHTS = Map.of(
            "title", 3.0f, "problem", 2.5f, "tags", 2.0f, "cause", 1.0f, "resolution", 1.0f, "environment", 0.7f);
    static final float TIE_BREAKER = 0.3f;
    static final float PREFERRED_CATEGORY_BOOST = 0.6f;
    static final int MAX_TERMS = 120;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public record Hit(long articleId, float score) {
    }

    public KnowledgeIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the knowledge index", e);
        }
    }

    /** Adds or replaces the article; visible to searches after {@link #publish()}. */
    public void put(long articleId, ArticleContent content, ArticleState state, long updatedAtMillis) {
        Document doc = new Document();
        String id = Long.toString(articleId);
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new StoredField("articleId", articleId));
        doc.add(new TextField("title", content.title(), Field.Store.NO));
        doc.add(new TextField("problem", content.problem(), Field.Store.NO));
        text(doc, "environment", content.environment());
        text(doc, "cause", content.cause());
        text(doc, "resolution", content.resolution());
        doc.add(new TextField("tags", content.tagText(), Field.Store.NO));
        for (String tag : content.tags()) {
            doc.add(new StringField("tag", tag, Field.Store.NO));
        }
        doc.add(new StringField("category", content.category().name(), Field.Store.NO));
        doc.add(new StringField("audience", content.audience().name(), Field.Store.NO));
        doc.add(new StringField("state", state.name(), Field.Store.NO));
        doc.add(new NumericDocValuesField("updated", updatedAtMillis));
        try {
            writer.updateDocument(new Term("id", id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index article " + articleId, e);
        }
    }

    public void remove(long articleId) {
        try {
            writer.deleteDocuments(new Term("id", Long.toString(articleId)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove article " + articleId, e);
        }
    }

    /** Makes every change so far visible to the next search. */
    public void publish() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not refresh the knowledge index", e);
        }
    }

    /**
     * The matching articles, most relevant first; with no text, the most recently changed first. A text
     * with no searchable word finds nothing.
     */
    public List<Hit> search(KnowledgeQuery query) {
        Query text = textQuery(query.text());
        if (text == null && !query.text().isBlank()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (text != null && query.preferredCategory() != null) {
            b.add(new BoostQuery(new TermQuery(new Term("category", query.preferredCategory().name())),
                    PREFERRED_CATEGORY_BOOST), Occur.SHOULD);
        }
        BooleanQuery.Builder states = new BooleanQuery.Builder();
        query.states().forEach(s -> states.add(new TermQuery(new Term("state", s.name())), Occur.SHOULD));
        b.add(states.build(), Occur.FILTER);
        if (query.audience() != null) {
            b.add(new TermQuery(new Term("audience", query.audience().name())), Occur.FILTER);
        }
        if (query.category() != null) {
            b.add(new TermQuery(new Term("category", query.category().name())), Occur.FILTER);
        }
        if (query.tag() != null) {
            b.add(new TermQuery(new Term("tag", query.tag())), Occur.FILTER);
        }
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the knowledge index for searching", e);
        }
        try {
            TopDocs top = text == null
                    ? searcher.search(b.build(), query.limit(), new Sort(new SortField("updated", SortField.Type.LONG, true)))
                    : searcher.search(b.build(), query.limit());
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                long id = searcher.storedFields().document(sd.doc).getField("articleId").numericValue().longValue();
                hits.add(new Hit(id, Float.isNaN(sd.score) ? 0f : sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the knowledge index", e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public int size() {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return searcher.getIndexReader().numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * Null when the text holds no searchable word (empty, or only stop words and punctuation). The
     * text is analyzed once into its distinct terms, at most {@value #MAX_TERMS} of them, so that a long
     * description cannot exceed Lucene's limit on clauses.
     */
    private Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<String> terms = AnalyzedTerms.of(analyzer, text, MAX_TERMS);
        if (terms.isEmpty()) {
            return null;
        }
        List<Query> perField = new ArrayList<>();
        FIELD_WEIGHTS.forEach((field, weight) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            terms.forEach(t -> any.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
            perField.add(new BoostQuery(any.build(), weight));
        });
        return new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static void text(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the knowledge index", e);
        }
    }
}
