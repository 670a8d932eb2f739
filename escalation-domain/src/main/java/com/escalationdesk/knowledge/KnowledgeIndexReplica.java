package com.escalationdesk.knowledge;

import com.escalationdesk.ticket.Category;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * One server's copy of the knowledge index, kept in step with the database. Before every search it
 * reads the knowledge change counter (one row) and indexes the articles changed since the number it
 * last saw, so a search on any server finds what was saved on any other a moment before. A copy
 * built on a database that was since made afresh or restored (the counter's start time differs, or
 * the counter went back) is built again from nothing.
 *
 * <p>Searches run in parallel; catching up is done by one caller at a time, while the others wait
 * for it so that nobody reads an index older than the counter they saw.
 *
 * <p>The latest searches' hits are kept until the index changes: a ticket page asks for the same
 * ticket's suggestions each time it is shown, and on a knowledge base of thousands of articles the
 * search costs more than the rest of the knowledge panel.
 */
public final class KnowledgeIndexReplica implements AutoCloseable {

    private static final String ARTICLES = "SELECT id, title, problem, environment, cause, resolution, category, tags,"
            + " audience, state, updated_at, change_number FROM kb_article WHERE change_number > ? ORDER BY change_number";

    private final DataSource dataSource;
    private final ReentrantLock catchingUp = new ReentrantLock();
    private volatile KnowledgeIndex index;
    private volatile Timestamp startedAt;
    private volatile long seen;
    private volatile RecentHits recent = new RecentHits(null, -1);

    public KnowledgeIndexReplica(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource);
    }

    public List<KnowledgeIndex.Hit> search(KnowledgeQuery query) {
        catchUp();
        RecentHits hits = recent;
        if (hits.seen() != seen || !Objects.equals(hits.startedAt(), startedAt)) {
            // read after catching up: the index already holds at least what this generation names
            hits = new RecentHits(startedAt, seen);
            recent = hits;
        }
        return hits.computeIfAbsent(query, index::search);
    }

    /** The change number this copy has caught up to. */
    public long seen() {
        return seen;
    }

    public int size() {
        catchUp();
        return index.size();
    }

    public void catchUp() {
        try (Connection c = dataSource.getConnection()) {
            Counter counter = counter(c);
            if (index != null && counter.startedAt().equals(startedAt) && counter.last() == seen) {
                return;
            }
            catchingUp.lock();
            try {
                counter = counter(c);
                KnowledgeIndex target = index;
                long from = seen;
                // A counter behind the articles already read means a restored database only if the articles
                // went back too: a reader that was shown a stale counter (H2 did, see SchemaMigration) took
                // it for a restore and rebuilt the index.
                boolean rebuild = target == null || !counter.startedAt().equals(startedAt)
                        || counter.last() < seen && newestChange(c) < seen;
                if (rebuild) {
                    target = new KnowledgeIndex();
                    from = 0;
                }
                long reached = indexChangedAfter(c, target, from);
                target.publish();
                if (rebuild) {
                    KnowledgeIndex old = index;
                    index = target;
                    if (old != null) {
                        old.close();
                    }
                }
                startedAt = counter.startedAt();
                // Only as far as the articles read, never the counter's number: every change number ends up
                // on an article row, so once all is visible the newest row carries it, and a change whose
                // article this read did not see yet is read by the next search.
                seen = reached;
            } finally {
                catchingUp.unlock();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bring the knowledge index up to date", e);
        }
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
        }
    }

    private record Counter(Timestamp startedAt, long last) {
    }

    /** The hits of the latest searches on one generation of the index, the least recently used dropped first. */
    private static final class RecentHits {

        private static final int KEPT = 500;

        private final Timestamp startedAt;
        private final long seen;
        private final Map<KnowledgeQuery, List<KnowledgeIndex.Hit>> hits = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<KnowledgeQuery, List<KnowledgeIndex.Hit>> eldest) {
                return size() > KEPT;
            }
        };

        RecentHits(Timestamp startedAt, long seen) {
            this.startedAt = startedAt;
            this.seen = seen;
        }

        Timestamp startedAt() {
            return startedAt;
        }

        long seen() {
            return seen;
        }

        List<KnowledgeIndex.Hit> computeIfAbsent(KnowledgeQuery query, Function<KnowledgeQuery, List<KnowledgeIndex.Hit>> search) {
            synchronized (hits) {
                List<KnowledgeIndex.Hit> known = hits.get(query);
                if (known != null) {
                    return known;
                }
            }
            // searched outside the lock, so that searches run in parallel; two alike may both search
            List<KnowledgeIndex.Hit> found = List.copyOf(search.apply(query));
            synchronized (hits) {
                hits.put(query, found);
            }
            return found;
        }
    }

    private static Counter counter(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT started_at, last_change FROM kb_change_counter WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("The knowledge change counter is missing");
            }
            return new Counter(Objects.requireNonNull(rs.getTimestamp(1)), rs.getLong(2));
        }
    }

    private static long newestChange(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(change_number) FROM kb_article");
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long indexChangedAfter(Connection c, KnowledgeIndex target, long after) throws SQLException {
        long reached = after;
        try (PreparedStatement s = c.prepareStatement(ARTICLES)) {
            s.setLong(1, after);
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ArticleContent content = new ArticleContent(rs.getString("title"), rs.getString("problem"),
                            rs.getString("environment"), rs.getString("cause"), rs.getString("resolution"),
                            Category.valueOf(rs.getString("category")), ArticleContent.tags(rs.getString("tags")),
                            Audience.valueOf(rs.getString("audience")));
                    target.put(rs.getLong("id"), content, ArticleState.valueOf(rs.getString("state")),
                            rs.getTimestamp("updated_at").getTime());
                    reached = Math.max(reached, rs.getLong("change_number"));
                }
            }
        }
        return reached;
    }
}
