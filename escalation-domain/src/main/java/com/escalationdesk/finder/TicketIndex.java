package com.escalationdesk.finder;

import com.escalationdesk.shared.AnalyzedTerms;
import com.escalationdesk.ticket.Ticket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
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
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The ticket finder's full-text index: Apache Lucene with BM25 over English text with stemming and
 * stop words, in the directory it is given (a folder of the server, so that a restart does not read
 * every ticket again). It holds no truth of its own: {@link TicketIndexReplica} fills it from the
 * database and keeps it in step.
 *
 * <p>Every word of a search must occur in the ticket, in any of its fields; where it occurs decides
 * how much it counts (a disjunction-max per word: the subject outweighs the same word in a long
 * note). A ticket's own number, typed with or without its prefix, puts that ticket first. The text
 * is analyzed, never parsed, so whatever anyone types is a valid search.
 */
public final class TicketIndex implements AutoCloseable {

    /** How much a match in each field counts. */
    static final Map<String, Float> FIELD_WEIGHTS = Map.of(
            "number", 8.0f, "subject", 3.0f, "customer", 2.0f, "description", 1.5f, "notes", 1.0f);
    static final float TIE_BREAKER = 0.2f;
    static final float EXACT_NUMBER_BOOST = 50f;
    static final int MAX_TERMS = 30;
    /** The deepest hit a page may start at; a search that needs more must be narrowed. */
    public static final int MAX_OFFSET = 10_000;
    private static final Pattern NUMBER = Pattern.compile("(?i)(?:" + Pattern.quote(Ticket.NUMBER_PREFIX) + ")?(\\d{1,12})");

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public TicketIndex(Directory directory) {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the ticket index", e);
        }
    }

    /** Adds or replaces the ticket; visible to searches after {@link #publish()}. */
    public void put(TicketDocument t) {
        Document doc = new Document();
        String id = Long.toString(t.id());
        doc.add(new StringField("id", id, Field.Store.NO));
        doc.add(new StoredField("ticketId", t.id()));
        doc.add(new StringField("numberKey", t.number().toUpperCase(Locale.ROOT), Field.Store.NO));
        doc.add(new TextField("number", t.number(), Field.Store.NO));
        doc.add(new TextField("subject", t.subject(), Field.Store.NO));
        doc.add(new TextField("description", t.description(), Field.Store.NO));
        doc.add(new TextField("customer", t.customer(), Field.Store.NO));
        doc.add(new TextField("notes", t.notes(), Field.Store.NO));
        doc.add(new StringField("customerId", Long.toString(t.customerId()), Field.Store.NO));
        doc.add(new StringField("status", t.status().name(), Field.Store.NO));
        doc.add(new StringField("team", Long.toString(t.teamId()), Field.Store.NO));
        doc.add(new StringField("tier", Integer.toString(t.tier()), Field.Store.NO));
        doc.add(new StringField("priority", t.priority().name(), Field.Store.NO));
        doc.add(new StringField("category", t.category().name(), Field.Store.NO));
        t.flags().forEach(f -> doc.add(new StringField("flag", f.name(), Field.Store.NO)));
        t.viewingTeams().forEach(team -> doc.add(new StringField("viewingTeam", Long.toString(team), Field.Store.NO)));
        t.viewingAgents().forEach(agent -> doc.add(new StringField("viewingAgent", Long.toString(agent), Field.Store.NO)));
        doc.add(new LongPoint("created", t.createdAt().toEpochMilli()));
        doc.add(new NumericDocValuesField("createdOrder", t.createdAt().toEpochMilli()));
        doc.add(new LongPoint("updated", t.updatedAt().toEpochMilli()));
        doc.add(new NumericDocValuesField("updatedOrder", t.updatedAt().toEpochMilli()));
        // the last key of every order: tickets changed in the same millisecond keep one order from page to page
        doc.add(new NumericDocValuesField("idOrder", t.id()));
        if (t.resolvedAt() != null) {
            doc.add(new LongPoint("resolved", t.resolvedAt().toEpochMilli()));
        }
        try {
            writer.updateDocument(new Term("id", id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index ticket " + t.number(), e);
        }
    }

    /** Makes every change so far visible to the next search. */
    public void publish() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not refresh the ticket index", e);
        }
    }

    /** Writes every change so far to the directory, with the values given, which {@link #committed()} reads back. */
    public void commit(Map<String, String> data) {
        try {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the ticket index", e);
        }
    }

    /** The values saved with the last commit; empty for a new index. */
    public Map<String, String> committed() {
        try {
            Map<String, String> data = new java.util.HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            return data;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not read the ticket index's saved state", e);
        }
    }

    /** Forgets every ticket (for an index that is built again from nothing). */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the ticket index", e);
        }
    }

    /**
     * One page of the tickets the viewer may see that match, as the search orders them. A text with
     * no searchable word finds nothing.
     */
    public FinderPage search(TicketSearch search, FinderViewer viewer, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one ticket");
        }
        if (offset > MAX_OFFSET) {
            throw new IllegalArgumentException("Searches list at most " + MAX_OFFSET + " tickets; narrow the search");
        }
        return page(search, viewer, null, offset, limit);
    }

    /**
     * The page that follows the one that ended at {@code after} (null: the first page), at any depth:
     * for reading every hit of a large search in order, as an export does. A ticket changed meanwhile
     * moves in the order like any other, so a reader may meet it again or not at all, as with any
     * listing read page by page while it changes.
     */
    public FinderPage searchAfter(TicketSearch search, FinderViewer viewer, FinderCursor after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one ticket");
        }
        return page(search, viewer, after, 0, limit);
    }

    private FinderPage page(TicketSearch search, FinderViewer viewer, FinderCursor after, int offset, int limit) {
        Query text = textQuery(search.text());
        if (text == null && !search.text().isBlank()) {
            return new FinderPage(0, List.of());
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        filters(search, viewer).forEach(f -> b.add(f, Occur.FILTER));
        Query query = b.build();
        Sort sort = sort(search.order());
        boolean scores = search.order() == TicketSearch.Order.RELEVANCE;
        if (after != null && !fits(after, search.order())) {
            throw new IllegalArgumentException("The page to continue from belongs to a search in another order");
        }
        IndexSearcher searcher = acquire();
        try {
            int total = searcher.count(query);
            if (offset >= total) {
                return new FinderPage(total, List.of());
            }
            TopDocs top = after == null ? searcher.search(query, offset + limit, sort, scores)
                    : searcher.searchAfter(new FieldDoc(after.doc(), Float.NaN, after.sortValues().toArray()), query, limit, sort, scores);
            List<Long> ids = new ArrayList<>(limit);
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length; i++) {
                ids.add(searcher.storedFields().document(docs[i].doc).getField("ticketId").numericValue().longValue());
            }
            FinderCursor next = null;
            if (docs.length > offset) {
                FieldDoc last = (FieldDoc) docs[docs.length - 1];
                next = new FinderCursor(java.util.Arrays.asList(last.fields), last.doc);
            }
            return new FinderPage(total, ids, next);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the ticket index", e);
        } finally {
            release(searcher);
        }
    }

    private static Sort sort(TicketSearch.Order order) {
        SortField byId = new SortField("idOrder", SortField.Type.LONG, true);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField("updatedOrder", SortField.Type.LONG, true), byId);
            case NEWEST_CREATED -> new Sort(new SortField("createdOrder", SortField.Type.LONG, true), byId);
            case NEWEST_CHANGE -> new Sort(new SortField("updatedOrder", SortField.Type.LONG, true), byId);
        };
    }

    /** Whether the cursor holds a value of the right kind for every key of the order: a score, then times and ids. */
    public static boolean fits(FinderCursor cursor, TicketSearch.Order order) {
        SortField[] keys = sort(order).getSort();
        if (cursor.sortValues().size() != keys.length) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            Class<?> kind = keys[i].getType() == SortField.Type.SCORE ? Float.class : Long.class;
            if (!kind.isInstance(cursor.sortValues().get(i))) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    private static List<Query> filters(TicketSearch s, FinderViewer viewer) {
        List<Query> filters = new ArrayList<>();
        if (!viewer.everything()) {
            BooleanQuery.Builder visible = new BooleanQuery.Builder();
            viewer.teams().forEach(team -> visible.add(new TermQuery(new Term("viewingTeam", Long.toString(team))), Occur.SHOULD));
            visible.add(new TermQuery(new Term("viewingAgent", Long.toString(viewer.agentId()))), Occur.SHOULD);
            filters.add(visible.build());
        }
        if (!s.statuses().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            s.statuses().forEach(status -> any.add(new TermQuery(new Term("status", status.name())), Occur.SHOULD));
            filters.add(any.build());
        }
        if (s.teamId() != null) {
            filters.add(new TermQuery(new Term("team", Long.toString(s.teamId()))));
        }
        if (s.tier() != null) {
            filters.add(new TermQuery(new Term("tier", Integer.toString(s.tier()))));
        }
        if (s.priority() != null) {
            filters.add(new TermQuery(new Term("priority", s.priority().name())));
        }
        if (s.category() != null) {
            filters.add(new TermQuery(new Term("category", s.category().name())));
        }
        s.flags().forEach(f -> filters.add(new TermQuery(new Term("flag", f.name()))));
        if (s.numbers() != null) {
            filters.add(new TermInSetQuery("numberKey", s.numbers().stream().map(n -> new BytesRef(n.toUpperCase(Locale.ROOT))).toList()));
        }
        if (s.createdFrom() != null || s.createdTo() != null) {
            filters.add(range("created", s.createdFrom(), s.createdTo()));
        }
        if (s.resolvedFrom() != null || s.resolvedTo() != null) {
            filters.add(range("resolved", s.resolvedFrom(), s.resolvedTo()));
        }
        if (s.customerId() != null) {
            filters.add(new TermQuery(new Term("customerId", Long.toString(s.customerId()))));
        }
        if (s.updatedFrom() != null || s.updatedTo() != null) {
            filters.add(range("updated", s.updatedFrom(), s.updatedTo()));
        }
        return filters;
    }

    private static Query range(String field, java.time.Instant from, java.time.Instant to) {
        return LongPoint.newRangeQuery(field, from == null ? Long.MIN_VALUE : from.toEpochMilli(),
                to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1);
    }

    /**
     * Null when the text holds no searchable word. Each distinct word must match in some field, at
     * most {@value #MAX_TERMS} of them.
     */
    private Query textQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<String> terms = AnalyzedTerms.of(analyzer, text, MAX_TERMS);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : terms) {
            List<Query> perField = new ArrayList<>();
            FIELD_WEIGHTS.forEach((field, weight) -> perField.add(new BoostQuery(new TermQuery(new Term(field, t)), weight)));
            all.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.MUST);
        }
        Matcher number = NUMBER.matcher(text.strip());
        if (!number.matches()) {
            return all.build();
        }
        // a number finds its ticket first, and also the tickets that mention it
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(all.build(), Occur.SHOULD);
        either.add(new BoostQuery(new TermQuery(new Term("numberKey", Ticket.NUMBER_PREFIX + number.group(1))), EXACT_NUMBER_BOOST), Occur.SHOULD);
        return either.build();
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the ticket index for searching", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the ticket index", e);
        }
    }
}
