package com.escalationdesk.finder;

import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.lucene.store.Directory;

/**
 * One server's ticket index, kept in step with the database. Every change to a ticket passes
 * through its audit trail, which stamps the ticket's metric fact with the time of the change
 * ({@code ticket_fact.changed_us}, microseconds since 1970 as in the facts). Before each search the replica reads the stamps from its
 * horizon on and indexes again the tickets whose stamp it has not indexed yet, so a search on any
 * server finds what was written on any other a moment before.
 *
 * <p>Stamps are taken before their transaction commits, and servers' clocks differ a little, so a
 * stamp can become visible later than a newer one. The horizon therefore trails each catch-up by
 * {@link #WINDOW}: the stamps within it are read again, and those already indexed are skipped.
 *
 * <p>The index lives in a folder of the server and is saved with the database's identity and its
 * horizon, so a restart catches up from there; an index of another database is built again.
 */
public final class TicketIndexReplica implements AutoCloseable {

    /** Longer than any transaction between its first change and its commit, plus the servers' clock skew. */
    public static final Duration WINDOW = Duration.ofMinutes(2);
    static final int BATCH = 400;
    private static final Duration SAVE_EVERY = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(TicketIndexReplica.class.getName());
    /** The documents' shape: an index saved with another (or none) is built again. 2: the ticket id as the last sort key; 3: the customer and the time of the last change as filters. */
    static final String FORMAT = "3";

    private static final String TICKETS = "SELECT t.id, t.ticket_number, t.subject, t.description, t.customer_id, c.name AS customer_name,"
            + " c.email AS customer_email, t.status, t.team_id, tr.tier_level, t.priority, t.category, t.bounced, t.reopen_count,"
            + " t.created_at, t.updated_at, t.resolved_at, t.assignee_id, f.exacerbations, f.sla_breaches"
            + " FROM ticket t JOIN customer c ON c.id = t.customer_id JOIN team tm ON tm.id = t.team_id"
            + " JOIN tier tr ON tr.id = tm.tier_id LEFT JOIN ticket_fact f ON f.ticket_number = t.ticket_number WHERE t.id IN (%s)";

    private final DataSource dataSource;
    private final TicketIndex index;
    private final Clock clock;
    private final ReentrantLock catchingUp = new ReentrantLock();
    /** The stamps indexed within the window, by ticket id: what a catch-up may skip. */
    private final Map<Long, Long> recent = new HashMap<>();
    private String epoch;
    private String format;
    private Instant horizon;
    private Instant savedAt = Instant.EPOCH;
    private volatile long lastStart;
    private volatile boolean caughtUp;

    public TicketIndexReplica(DataSource dataSource, Directory directory, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource);
        this.clock = Objects.requireNonNull(clock);
        this.index = new TicketIndex(directory);
        Map<String, String> saved = index.committed();
        this.epoch = saved.get("epoch");
        this.format = saved.get("format");
        this.horizon = saved.containsKey("horizon") ? Instant.ofEpochMilli(Long.parseLong(saved.get("horizon"))) : null;
    }

    public FinderPage search(TicketSearch search, FinderViewer viewer, int offset, int limit) {
        catchUp();
        return index.search(search, viewer, offset, limit);
    }

    /** The page after the one that ended at {@code after} ({@link TicketIndex#searchAfter}), up to date as {@link #search}. */
    public FinderPage searchAfter(TicketSearch search, FinderViewer viewer, FinderCursor after, int limit) {
        catchUp();
        return index.searchAfter(search, viewer, after, limit);
    }

    public int size() {
        return index.size();
    }

    /**
     * Brings the index up to date with what the database had committed when the call began. A caller
     * that waited while another caught up, which began after this call did, has nothing left to do.
     */
    public void catchUp() {
        long asked = System.nanoTime();
        catchingUp.lock();
        try {
            if (caughtUp && lastStart - asked > 0) {
                return;
            }
            long begun = System.nanoTime();
            Instant started = clock.instant();
            try (Connection c = dataSource.getConnection()) {
                String current = epoch(c);
                if (!current.equals(epoch) || horizon == null || !FORMAT.equals(format)) {
                    rebuild(c, current, started);
                } else {
                    indexChangedSince(c, horizon);
                    index.publish();
                    advance(started);
                }
            }
            // only a catch-up that succeeded spares those who waited for it
            lastStart = begun;
            caughtUp = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bring the ticket index up to date", e);
        } finally {
            catchingUp.unlock();
        }
    }

    private void rebuild(Connection c, String current, Instant started) throws SQLException {
        long began = System.nanoTime();
        index.clear();
        recent.clear();
        int count = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Long> ids = new ArrayList<>(BATCH);
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM ticket WHERE id > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")) {
                s.setLong(1, after);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                break;
            }
            documents(c, ids).forEach(index::put);
            count += ids.size();
            after = ids.get(ids.size() - 1);
        }
        // stamps within the window before the build are read again by the next catch-up
        epoch = current;
        format = FORMAT;
        index.publish();
        advance(started);
        save();
        int built = count;
        LOG.info(() -> "Ticket index built: " + built + " tickets in " + (System.nanoTime() - began) / 1_000_000 + " ms");
    }

    private void indexChangedSince(Connection c, Instant from) throws SQLException {
        Map<Long, Long> changed = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.id, f.changed_us FROM ticket_fact f"
                + " JOIN ticket t ON t.ticket_number = f.ticket_number WHERE f.changed_us >= ?")) {
            s.setLong(1, micros(from));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long at = rs.getLong(2);
                    if (!Long.valueOf(at).equals(recent.get(id))) {
                        changed.put(id, at);
                    }
                }
            }
        }
        List<Long> ids = new ArrayList<>(changed.keySet());
        for (int i = 0; i < ids.size(); i += BATCH) {
            documents(c, ids.subList(i, Math.min(ids.size(), i + BATCH))).forEach(index::put);
        }
        recent.putAll(changed);
    }

    private void advance(Instant started) {
        horizon = started.minus(WINDOW);
        long oldest = micros(horizon);
        recent.values().removeIf(at -> at < oldest);
        if (Duration.between(savedAt, started).compareTo(SAVE_EVERY) >= 0) {
            save();
        }
    }

    private void save() {
        index.commit(Map.of("epoch", epoch, "format", FORMAT, "horizon", Long.toString(horizon.toEpochMilli())));
        savedAt = clock.instant();
    }

    /** The finder's documents of these tickets, read in four queries. */
    static List<TicketDocument> documents(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, StringBuilder> notes = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ticket_id, body FROM ticket_note WHERE ticket_id IN (" + in + ")"
                + " ORDER BY ticket_id, created_at, id")) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    notes.computeIfAbsent(rs.getLong(1), k -> new StringBuilder()).append(rs.getString(2)).append('\n');
                }
            }
        }
        Map<Long, Set<Long>> teams = new HashMap<>();
        Set<Long> escalated = new HashSet<>();
        Set<Long> againstPolicy = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ticket_id, from_team_id, to_team_id, against_policy FROM escalation"
                + " WHERE ticket_id IN (" + in + ")")) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long ticket = rs.getLong(1);
                    escalated.add(ticket);
                    teams.computeIfAbsent(ticket, k -> new HashSet<>()).addAll(List.of(rs.getLong(2), rs.getLong(3)));
                    if (rs.getBoolean(4)) {
                        againstPolicy.add(ticket);
                    }
                }
            }
        }
        Map<Long, Set<Long>> agents = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ticket_id, agent_id FROM ticket_worker WHERE ticket_id IN (" + in + ")")) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    agents.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
        }
        List<TicketDocument> documents = new ArrayList<>(ids.size());
        try (PreparedStatement s = c.prepareStatement(String.format(TICKETS, in))) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    long team = rs.getLong("team_id");
                    Set<Long> viewingTeams = new HashSet<>(teams.getOrDefault(id, Set.of()));
                    viewingTeams.add(team);
                    Set<Long> viewingAgents = new HashSet<>(agents.getOrDefault(id, Set.of()));
                    long assignee = rs.getLong("assignee_id");
                    if (!rs.wasNull()) {
                        viewingAgents.add(assignee);
                    }
                    Set<FinderFlag> flags = EnumSet.noneOf(FinderFlag.class);
                    if (escalated.contains(id)) {
                        flags.add(FinderFlag.ESCALATED);
                    }
                    if (againstPolicy.contains(id)) {
                        flags.add(FinderFlag.AGAINST_POLICY);
                    }
                    if (rs.getBoolean("bounced")) {
                        flags.add(FinderFlag.BOUNCED);
                    }
                    if (rs.getInt("reopen_count") > 0) {
                        flags.add(FinderFlag.REOPENED);
                    }
                    if (rs.getInt("exacerbations") > 0) {
                        flags.add(FinderFlag.EXACERBATED);
                    }
                    if (rs.getInt("sla_breaches") > 0) {
                        flags.add(FinderFlag.BREACHED);
                    }
                    Timestamp resolved = rs.getTimestamp("resolved_at");
                    documents.add(new TicketDocument(id, rs.getString("ticket_number"), rs.getString("subject"),
                            rs.getString("description"), rs.getString("customer_name") + " " + rs.getString("customer_email"), rs.getLong("customer_id"),
                            notes.containsKey(id) ? notes.get(id).toString() : "", TicketStatus.valueOf(rs.getString("status")),
                            team, rs.getInt("tier_level"), Priority.valueOf(rs.getString("priority")),
                            Category.valueOf(rs.getString("category")), flags, rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("updated_at").toInstant(), resolved == null ? null : resolved.toInstant(),
                            viewingTeams, viewingAgents));
                }
            }
        }
        return documents;
    }

    private static long micros(Instant t) {
        return Math.multiplyExact(t.getEpochSecond(), 1_000_000L) + t.getNano() / 1_000;
    }

    private static void bind(PreparedStatement s, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            s.setLong(i + 1, ids.get(i));
        }
    }

    private static String epoch(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT created_at FROM ticket_index_epoch WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("The ticket index epoch is missing");
            }
            return Long.toString(rs.getTimestamp(1).getTime());
        }
    }

    @Override
    public void close() {
        catchingUp.lock();
        try {
            if (epoch != null && horizon != null) {
                save();
            }
            index.close();
        } finally {
            catchingUp.unlock();
        }
    }
}
