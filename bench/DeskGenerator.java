import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditRecipe;
import com.escalationdesk.audit.CanonicalJson;
import com.escalationdesk.audit.CompactRange;
import com.escalationdesk.audit.MerkleTree;
import com.escalationdesk.metrics.TicketFact;
import com.escalationdesk.sla.BusinessHours;
import com.escalationdesk.sla.WeeklyHours;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fills a desk's database with a desk's worth of history, straight over JDBC: 40 teams on three
 * tiers, 500 agents with their team leads, managers and directors, customers, and N tickets over
 * the last two years, each with the life a ticket has at a real desk: notes and replies, functional
 * escalations (a quarter of the tickets) that are accepted or bounced with a rated handoff and some
 * that go on to the third tier, decisions that need a team lead's or a manager's approval,
 * articles linked, stopped service-level clocks met or missed, resolutions, reopenings, customer
 * ratings and closures. Every step is an audit entry hashed and chained as the desk does
 * ({@link AuditEntry#append}), taken into the Merkle log as the desk's checkpoint would
 * ({@link CompactRange}), and every ticket's metric fact is its chain replayed by the desk's own
 * {@link TicketFact}, so the dashboard needs no catch-up and the audit trail verifies.
 *
 * Run it on a desk whose server is stopped and whose schema is current (a desk started once):
 *
 *   java -cp escalation-domain/target/classes:JDBC_DRIVER.jar bench/DeskGenerator.java JDBC_URL TICKETS [SEED]
 *
 * It writes in the JVM's time zone, as the server does (TIMESTAMP columns hold local time): run it
 * in the server's. Ids continue after the highest in use, and the sequences are moved past them.
 * Tickets of the last two days stay open, without service-level clocks, so that no timer of the
 * desk reacts to history.
 */
public class DeskGenerator {

    static final String[] CITIES = {"Lisbon", "Porto", "Madrid", "Seville", "Lyon", "Lille", "Milan", "Turin", "Munich",
        "Hamburg", "Vienna", "Graz", "Prague", "Brno", "Krakow", "Gdansk", "Dublin", "Cork", "Leeds", "Bristol"};
    static final String[] AREAS = {"Billing", "Network", "Accounts", "Technical"};
    static final String[] FIRST = {"Ana", "Ben", "Carla", "Dario", "Eva", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Kira",
        "Luca", "Mia", "Nico", "Olga", "Paul", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wim", "Yara", "Zoe"};
    static final String[] LAST = {"Costa", "Berg", "Novak", "Rossi", "Dubois", "Keller", "Lindqvist", "Moreau", "Silva",
        "Horvat", "Walsh", "Fischer", "Garcia", "Jansen", "Kowalski", "Meyer"};
    static final String[] CATEGORIES = {"BILLING", "TECHNICAL", "NETWORK", "ACCOUNT", "GENERAL"};
    static final String[] SUBJECTS = {"Charged twice for the same order", "Invoice shows the wrong VAT", "Refund not received",
        "Cannot sign in after the password reset", "VPN drops every few minutes", "DNS lookups time out", "Export to CSV fails",
        "Account locked after the address change", "Latency spikes in the afternoon", "Direct debit collected twice",
        "Dashboard shows no data since the update", "Cannot add a second user to the account", "Contract renewal price is wrong",
        "Mobile app crashes on start", "Email notifications stopped arriving"};
    static final String[] WORDS = {"invoice", "router", "firmware", "password", "voucher", "timeout", "certificate", "mailbox",
        "latency", "refund", "subscription", "gateway", "printer", "backup", "licence", "webhook"};

    final Connection db;
    final boolean postgres;
    final Random random;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    final long changedMicros = AuditEntry.micros(now);

    record Team(long id, String name, int tier, String area, List<Agent> agents, Agent lead, Agent manager) {
    }

    record Agent(long id, String login, String name) {
    }

    record Customer(long id, String name, String segment) {
    }

    record Policy(long id, String name, String segment, String priority, BusinessHours hours, Integer firstResponse, Integer resolution) {
    }

    final List<Team> tier1 = new ArrayList<>();
    final List<Team> tier2 = new ArrayList<>();
    final List<Team> tier3 = new ArrayList<>();
    final List<Customer> customers = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>();
    final List<long[]> articles = new ArrayList<>();
    final Map<Long, String> articleNumbers = new HashMap<>();
    int policyVersion;
    int acceptMinutes;

    // next ids, each past the highest in use
    long nextTeam;
    long nextAgent;
    long nextCustomer;
    long nextTicket;
    long nextNote;
    long nextEscalation;
    long nextAudit;
    long nextClock;
    long nextDecision;
    long nextApproval;
    long nextLink;
    long nextExacerbation;

    CompactRange log;
    final Rows rows = new Rows();
    final Writer writer;
    long entries;

    DeskGenerator(Connection db, long seed) throws SQLException {
        this.db = db;
        this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        this.random = new Random(seed);
        this.writer = new Writer(db);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("java -cp escalation-domain/target/classes:DRIVER.jar bench/DeskGenerator.java JDBC_URL TICKETS [SEED]");
            System.exit(2);
        }
        int tickets = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261202L;
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], "", "")) {
            db.setAutoCommit(false);
            DeskGenerator generator = new DeskGenerator(db, seed);
            generator.readDesk();
            generator.people(Math.max(1_000, tickets / 20));
            generator.tickets(tickets, started);
            generator.finish();
            System.out.printf("  %,d tickets, %,d audit entries and the rest written in %,d s%n", tickets, generator.entries,
                    (System.nanoTime() - started) / 1_000_000_000L);
        }
    }

    // ---------------------------------------------------------------- the desk as it is

    void readDesk() throws SQLException {
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT rollup_pending FROM ticket_fact WHERE 1 = 0")) {
                // the schema must be current: the facts it writes start pending, to be rolled up by the desk
            }
            nextTeam = next(s, "team", "team_seq");
            nextAgent = next(s, "agent", "agent_seq");
            nextCustomer = next(s, "customer", "customer_seq");
            nextTicket = next(s, "ticket", "ticket_seq");
            nextNote = next(s, "ticket_note", "ticket_note_seq");
            nextEscalation = next(s, "escalation", "escalation_seq");
            nextAudit = next(s, "audit_entry", "audit_entry_seq");
            nextClock = next(s, "sla_clock", "sla_clock_seq");
            nextDecision = next(s, "decision_request", "decision_request_seq");
            nextApproval = next(s, "decision_approval", "decision_approval_seq");
            nextLink = next(s, "kb_article_link", "kb_article_link_seq");
            nextExacerbation = next(s, "exacerbation", "exacerbation_seq");
            try (ResultSet r = s.executeQuery("SELECT version_number, default_accept_minutes FROM policy_version WHERE state = 'ACTIVE'")) {
                if (!r.next()) {
                    throw new IllegalStateException("The desk has no active escalation policy: start it once first");
                }
                policyVersion = r.getInt(1);
                acceptMinutes = r.getInt(2);
            }
            Map<Long, Set<LocalDate>> holidays = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT calendar_id, holiday FROM business_calendar_holiday")) {
                while (r.next()) {
                    holidays.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getDate(2).toLocalDate());
                }
            }
            Map<Long, BusinessHours> calendars = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT id, zone_id, round_the_clock, weekly_hours FROM business_calendar")) {
                while (r.next()) {
                    Set<LocalDate> off = holidays.getOrDefault(r.getLong(1), Set.of());
                    ZoneId zone = ZoneId.of(r.getString(2));
                    calendars.put(r.getLong(1), r.getBoolean(3) ? BusinessHours.roundTheClock(zone, off)
                            : BusinessHours.of(zone, WeeklyHours.parse(r.getString(4)), off));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, name, segment, priority, calendar_id, first_response_minutes,"
                    + " resolution_minutes FROM sla_policy ORDER BY id")) {
                while (r.next()) {
                    policies.add(new Policy(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), calendars.get(r.getLong(5)),
                            (Integer) r.getObject(6), (Integer) r.getObject(7)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id FROM kb_article WHERE state = 'VALIDATED' ORDER BY id")) {
                while (r.next()) {
                    articles.add(new long[] {r.getLong(1)});
                    articleNumbers.put(r.getLong(1), "KB-" + r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT tree_size, peaks FROM audit_log_state WHERE id = 1")) {
                r.next();
                log = CompactRange.of(r.getLong(1), r.getString(2));
            }
        }
    }

    /** The first free id of a table: past its highest id and past what its sequence has handed out. */
    long next(Statement s, String table, String sequence) throws SQLException {
        long max;
        try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            max = r.getLong(1);
        }
        String current = postgres ? "SELECT last_value FROM " + sequence
                : "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = '" + sequence.toUpperCase(Locale.ROOT) + "'";
        try (ResultSet r = s.executeQuery(current)) {
            r.next();
            max = Math.max(max, r.getLong(1));
        }
        // a block of 50 may have been taken from the sequence and not used yet
        return max + 51;
    }

    // ---------------------------------------------------------------- teams, people, customers

    void people(int customerCount) throws SQLException {
        String hash;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT password_hash FROM agent WHERE login_name = 'alice'")) {
            hash = r.next() ? r.getString(1) : null;
        }
        if (hash == null) {
            throw new IllegalStateException("The generated people sign in with the demo's password: start the desk with its demo once first");
        }
        Map<Integer, Long> tierIds = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT tier_level, id FROM tier")) {
            while (r.next()) {
                tierIds.put(r.getInt(1), r.getLong(2));
            }
        }
        Insert team = rows.of("INSERT INTO team (id, name, description, version, tier_id) VALUES (?, ?, ?, 0, ?)");
        Insert category = rows.of("INSERT INTO team_category (team_id, category) VALUES (?, ?)");
        Insert agent = rows.of("INSERT INTO agent (id, login_name, display_name, email, password_hash, team_id, active,"
                + " version, approval_level, manager_id, knowledge_reviewer) VALUES (?, ?, ?, ?, ?, ?, TRUE, 0, ?, ?, FALSE)");
        Insert role = rows.of("INSERT INTO agent_role (agent_id, role_name) VALUES (?, ?)");
        // two directors over eight managers, each manager over five teams
        List<Agent> directors = new ArrayList<>();
        List<Agent> managers = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            directors.add(person(agent, role, hash, "director" + (d + 1), null, "DIRECTOR", null, "MANAGER"));
        }
        for (int m = 0; m < 8; m++) {
            managers.add(person(agent, role, hash, "manager" + (m + 1), null, "MANAGER", directors.get(m / 4), "MANAGER"));
        }
        int[] sizes = new int[40];
        for (int i = 0; i < 40; i++) {
            sizes[i] = i < 20 ? 14 : i < 32 ? 12 : i < 36 ? 10 : 9;
        }
        int agentNo = 0;
        for (int i = 0; i < 40; i++) {
            int tier = i < 20 ? 1 : i < 32 ? 2 : 3;
            String area = tier == 1 ? null : AREAS[i % AREAS.length];
            String name = tier == 1 ? "Frontline " + CITIES[i] : tier == 2 ? area + " specialists " + (char) ('A' + (i - 20) / 4)
                    : "Platform engineering " + (char) ('A' + i - 32);
            long id = nextTeam++;
            team.add(id, name, tier == 1 ? "First contact in " + name.substring(10) : tier == 2 ? area + " problems" : "Defects and infrastructure", tierIds.get(tier));
            if (tier == 2) {
                for (String c : categoriesOf(area)) {
                    category.add(id, c);
                }
            }
            Agent manager = managers.get(i / 5);
            Agent lead = person(agent, role, hash, "agent" + (++agentNo), id, "TEAM_LEAD", manager, "AGENT", "MANAGER");
            List<Agent> members = new ArrayList<>();
            for (int a = 1; a < sizes[i]; a++) {
                members.add(person(agent, role, hash, "agent" + (++agentNo), id, null, lead, "AGENT"));
            }
            Team t = new Team(id, name, tier, area, members, lead, manager);
            (tier == 1 ? tier1 : tier == 2 ? tier2 : tier3).add(t);
        }
        Insert customer = rows.of("INSERT INTO customer (id, name, email, segment, version, time_zone, name_key)"
                + " VALUES (?, ?, ?, ?, 0, 'UTC', ?)");
        for (int c = 0; c < customerCount; c++) {
            long id = nextCustomer++;
            String name = LAST[random.nextInt(LAST.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + id;
            int roll = random.nextInt(100);
            String segment = roll < 70 ? "STANDARD" : roll < 92 ? "BUSINESS" : "ENTERPRISE";
            customer.add(id, name, "customer" + id + "@generated.example", segment, name.toLowerCase(Locale.ROOT));
            customers.add(new Customer(id, name, segment));
        }
        rows.log(log);
        writer.write(rows.take());
    }

    static List<String> categoriesOf(String area) {
        return switch (area) {
            case "Billing" -> List.of("BILLING");
            case "Network" -> List.of("NETWORK");
            case "Accounts" -> List.of("ACCOUNT");
            default -> List.of("TECHNICAL", "GENERAL");
        };
    }

    Agent person(Insert agent, Insert role, String hash, String login, Long team, String level, Agent manager,
            String... roles) throws SQLException {
        long id = nextAgent++;
        String name = FIRST[(int) (id % FIRST.length)] + " " + LAST[(int) (id / FIRST.length % LAST.length)];
        agent.add(id, login, name, login + "@desk.example", hash, team, level, manager == null ? null : manager.id());
        for (String r : roles) {
            role.add(id, r);
        }
        return new Agent(id, login, name);
    }

    // ---------------------------------------------------------------- tickets

    void tickets(int count, long started) throws SQLException {
        Instant from = now.minus(Duration.ofDays(730));
        long span = Duration.between(from, now.minus(Duration.ofHours(2))).getSeconds();
        // creation times in order, more of them on weekdays and in the day than at night, and a desk that grew
        long[] seconds = new long[count];
        for (int i = 0; i < count; i++) {
            long at;
            do {
                // three in five from a density that grows linearly over the two years, the rest evenly
                at = (long) (span * (random.nextInt(5) < 3 ? Math.sqrt(random.nextDouble()) : random.nextDouble()));
                Instant t = from.plusSeconds(at);
                int hour = t.atZone(ZoneId.of("UTC")).getHour();
                int day = t.atZone(ZoneId.of("UTC")).getDayOfWeek().getValue();
                double weight = (hour >= 7 && hour < 19 ? 1.0 : 0.25) * (day >= 6 ? 0.4 : 1.0);
                if (random.nextDouble() < weight) {
                    break;
                }
            } while (true);
            seconds[i] = at;
        }
        java.util.Arrays.sort(seconds);
        for (int i = 0; i < count; i++) {
            new Life(from.plusSeconds(seconds[i]).plusNanos(random.nextInt(1_000_000) * 1_000L)).live();
            if (i % 2_000 == 1_999) {
                handOver();
            }
            if (i % 100_000 == 99_999) {
                System.out.printf("  %,d tickets after %,d s%n", i + 1, (System.nanoTime() - started) / 1_000_000_000L);
            }
        }
        handOver();
        writer.finish();
    }

    /** Gives the rows of the tickets made since the last time to the writer, with the log as they leave it. */
    void handOver() throws SQLException {
        rows.log(log);
        writer.hand(rows.take());
    }

    /** One ticket's life, from intake to its last step, written as the desk would have written it. */
    final class Life {
        final long id = nextTicket++;
        final String number = "ESC-" + id;
        final String chain = AuditEntry.ticketChain(number);
        final Customer customer = customers.get(random.nextInt(customers.size()));
        final String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        final String priority;
        final String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        final String description;
        final Policy policy;
        final List<AuditEntry> written = new ArrayList<>();
        final Set<Long> workers = new LinkedHashSet<>();
        Instant at;
        final Instant created;
        Team team;
        Agent assignee;
        String status = "OPEN";
        int reopenCount;
        boolean bounced;
        String resolutionSummary;
        Instant resolvedAt;
        Instant closedAt;
        boolean escalated;
        final List<Long> linkedArticles = new ArrayList<>();
        final List<Escalation> escalations = new ArrayList<>();
        /** Exacerbations found on the ticket: rule, detail, when; reviewed unless they are of the last two weeks. */
        final List<Object[]> exacerbations = new ArrayList<>();
        Team firstTeam;
        final boolean recent;
        // when the clocks fall due, while they run: null for a ticket without clocks (one of the last two days)
        Instant firstResponseDue;
        Instant resolutionDue;
        Instant firstReply;
        Instant firstResolved;

        Life(Instant created) {
            this.created = created;
            this.at = created;
            int roll = random.nextInt(100);
            priority = roll < 5 ? "URGENT" : roll < 25 ? "HIGH" : roll < 85 ? "NORMAL" : "LOW";
            description = "The customer reports: " + subject.toLowerCase(Locale.ROOT) + ". Mentions the "
                    + WORDS[random.nextInt(WORDS.length)] + " and the " + WORDS[random.nextInt(WORDS.length)] + ".";
            policy = policyFor(customer.segment(), priority);
            recent = Duration.between(created, now).toHours() < 48;
            if (policy != null && !recent) {
                Instant start = created.truncatedTo(ChronoUnit.MILLIS);
                firstResponseDue = policy.firstResponse() == null ? null : due(start, policy.firstResponse());
                resolutionDue = policy.resolution() == null ? null : due(start, policy.resolution());
            }
        }

        Instant due(Instant start, int minutes) {
            return policy.hours().plus(start, Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.MILLIS);
        }

        Map<String, Object> state() {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("status", status);
            s.put("team", team.name());
            s.put("tier", team.tier());
            s.put("assignee", assignee == null ? null : assignee.login());
            s.put("priority", priority);
            s.put("category", category);
            s.put("segment", customer.segment());
            s.put("reopenCount", reopenCount);
            s.put("bounced", bounced);
            return s;
        }

        void audit(String actor, AuditAction action, String summary, Map<String, ?> before, Map<String, ?> after) {
            AuditEntry previous = written.isEmpty() ? null : written.get(written.size() - 1);
            written.add(AuditEntry.append(previous, chain, actor, action, summary, before == null ? null : CanonicalJson.of(before),
                    after == null ? null : CanonicalJson.of(after), at));
        }

        /** Moves time on by a random span between these minutes, never into the future. */
        void later(int minMinutes, int maxMinutes) {
            long seconds = minMinutes * 60L + (long) (random.nextDouble() * (maxMinutes - minMinutes) * 60);
            Instant next = at.plusSeconds(seconds).plusNanos(random.nextInt(1_000_000) * 1_000L);
            next = next.isAfter(now) ? at.plusNanos(1_000) : next;
            // the desk's sweep notes a clock that falls due while it runs, at the moment it does, the sooner first
            boolean firstResponseFalls = firstReply == null && firstResolved == null && falls(firstResponseDue, next);
            boolean resolutionFalls = firstResolved == null && falls(resolutionDue, next);
            if (firstResponseFalls && (!resolutionFalls || !resolutionDue.isBefore(firstResponseDue))) {
                breach("FIRST_RESPONSE", firstResponseDue, policy.firstResponse());
                firstResponseFalls = false;
            }
            if (resolutionFalls) {
                breach("RESOLUTION", resolutionDue, policy.resolution());
            }
            if (firstResponseFalls) {
                breach("FIRST_RESPONSE", firstResponseDue, policy.firstResponse());
            }
            at = next;
        }

        boolean falls(Instant due, Instant next) {
            return due != null && due.isAfter(at) && !due.isAfter(next);
        }

        void breach(String clock, Instant due, int minutes) {
            at = due;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("clock", clock);
            s.put("policy", policy.name());
            s.put("step", "breach at 100% of " + minutes + " min");
            s.put("dueAt", due.toString());
            audit("sla-monitor", AuditAction.SLA_BREACHED, (clock.equals("RESOLUTION") ? "Resolution" : "First response")
                    + " target of " + number + " missed. Rule: service-level policy " + policy.name() + ", breach at 100%", null, s);
        }

        void live() throws SQLException {
            team = tier1.get(random.nextInt(tier1.size()));
            firstTeam = team;
            assignee = team.agents().get(random.nextInt(team.agents().size()));
            workers.add(assignee.id());
            audit(assignee.login(), AuditAction.TICKET_CREATED, "Ticket " + number + " taken in for " + customer.name() + ": " + subject,
                    null, state());
            int replies = random.nextInt(3);
            if (random.nextInt(100) < 35) {
                later(5, 90);
                note(assignee, false, "Checked the " + WORDS[random.nextInt(WORDS.length)] + " settings with the customer.");
            }
            if (replies > 0) {
                later(10, 240);
                note(assignee, true, "Thank you for writing in. We are looking into the " + WORDS[random.nextInt(WORDS.length)] + ".");
            }
            int roll = random.nextInt(1000);
            if (roll < 200) {
                escalateFunctionally();
            } else if (roll < 250) {
                requestDecision();
            }
            if (random.nextInt(100) < 30 && !articles.isEmpty()) {
                later(5, 60);
                long article = articles.get(random.nextInt(articles.size()))[0];
                linkedArticles.add(article);
                audit(assignee == null ? team.lead().login() : assignee.login(), AuditAction.ARTICLE_LINKED,
                        "Knowledge article " + articleNumbers.get(article) + " linked", null,
                        Map.of("article", articleNumbers.get(article), "state", "VALIDATED"));
            }
            for (int r = 1; r < replies; r++) {
                later(30, 600);
                if (assignee != null) {
                    note(assignee, true, "An update on your request: we have checked the " + WORDS[random.nextInt(WORDS.length)] + ".");
                }
            }
            if (!recent && "OPEN".equals(status) && assignee != null) {
                resolve();
                if (random.nextInt(100) < 3) {
                    later(600, 4_000);
                    Map<String, Object> before = state();
                    reopenCount++;
                    status = "REOPENED";
                    resolvedAt = null;
                    audit(assignee.login(), AuditAction.TICKET_REOPENED, "Reopened (" + reopenCount + " time): the customer says it"
                            + " happened again", before, state());
                    later(60, 2_000);
                    status = "OPEN";
                    resolve();
                }
                if (random.nextInt(100) < 45) {
                    later(30, 2_000);
                    int satisfaction = escalated ? 2 + random.nextInt(4) : 3 + random.nextInt(3);
                    int effort = escalated ? 2 + random.nextInt(5) : 1 + random.nextInt(4);
                    Map<String, Object> answers = new LinkedHashMap<>();
                    answers.put("resolution", reopenCount + 1);
                    answers.put("satisfaction", satisfaction);
                    answers.put("effort", effort);
                    answers.put("comment", null);
                    audit("customer-portal", AuditAction.CUSTOMER_RATED, customer.name() + " rated resolution " + (reopenCount + 1)
                            + ": satisfaction " + satisfaction + "/5, effort " + effort + "/7", null, answers);
                    Insert feedback = rows.of("INSERT INTO resolution_feedback (ticket_id, resolution, after_escalation,"
                            + " satisfaction, comment, effort, answered_at) VALUES (?, ?, ?, ?, NULL, ?, ?)");
                    feedback.add(id, reopenCount + 1, escalated, satisfaction, effort, Timestamp.from(at));
                }
                if (random.nextInt(100) < 70) {
                    later(3 * 1440, 7 * 1440);
                    Map<String, Object> before = state();
                    status = "CLOSED";
                    closedAt = at;
                    audit(assignee.login(), AuditAction.TICKET_CLOSED, "Closed", before, state());
                }
                clocks();
            }
            reviewExacerbations();
            for (Escalation e : escalations) {
                e.row();
            }
            write();
        }

        void note(Agent author, boolean reply, String body) throws SQLException {
            Insert note = rows.of("INSERT INTO ticket_note (id, ticket_id, author_id, visibility, body, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
            note.add(nextNote++, id, author.id(), reply ? "PUBLIC" : "INTERNAL", body, Timestamp.from(at));
            if (reply && firstReply == null) {
                firstReply = at;
            }
            workers.add(author.id());
            audit(author.login(), reply ? AuditAction.REPLY_ADDED : AuditAction.NOTE_ADDED,
                    (reply ? "Reply to customer: " : "Internal note: ") + body, null,
                    Map.of("body", body, "visibility", reply ? "PUBLIC" : "INTERNAL"));
        }

        /** To a second-tier team; accepted, or bounced back once and sent on; now and then on to the third tier. */
        void escalateFunctionally() throws SQLException {
            escalated = true;
            String reason = switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> "KNOWLEDGE";
                case 4, 5, 6 -> "COMPLEXITY";
                case 7 -> "DISSATISFACTION";
                default -> "AUTHORITY";
            };
            Team target = specialistsFor(category);
            boolean bounce = random.nextInt(100) < 12;
            if (bounce) {
                Team wrong = tier2.get(random.nextInt(tier2.size()));
                if (wrong == target) {
                    wrong = tier2.get((tier2.indexOf(target) + 1) % tier2.size());
                }
                Escalation e = escalate(wrong, reason);
                later(30, 300);
                e.returned(wrong.agents().get(random.nextInt(wrong.agents().size())));
            }
            Escalation e = escalate(target, reason);
            if (waiting()) {
                return;
            }
            later(10, bounce ? 120 : 360);
            e.accepted(target.agents().get(random.nextInt(target.agents().size())));
            if (random.nextInt(100) < 20) {
                later(60, 1_440);
                note(assignee, false, "Looks like a defect in the " + WORDS[random.nextInt(WORDS.length)] + " handling.");
                Team experts = tier3.get(random.nextInt(tier3.size()));
                Escalation third = escalate(experts, "COMPLEXITY");
                if (waiting()) {
                    return;
                }
                later(20, 480);
                third.accepted(experts.agents().get(random.nextInt(experts.agents().size())));
            }
        }

        /** A recent escalation still waits to be accepted, within its time to accept: none is overdue. */
        boolean waiting() {
            return recent && Duration.between(at, now).toMinutes() < acceptMinutes / 2 && random.nextBoolean();
        }

        Team specialistsFor(String category) {
            String area = switch (category) {
                case "BILLING" -> "Billing";
                case "NETWORK" -> "Network";
                case "ACCOUNT" -> "Accounts";
                default -> "Technical";
            };
            List<Team> owners = tier2.stream().filter(t -> t.area().equals(area)).toList();
            return owners.get(random.nextInt(owners.size()));
        }

        Escalation escalate(Team to, String reason) throws SQLException {
            later(15, 600);
            Agent by = assignee;
            workers.add(by.id());
            Escalation e = new Escalation(nextEscalation++, team, to, by, reason, at);
            escalations.add(e);
            Map<String, Object> before = state();
            status = "ESCALATED";
            team = to;
            assignee = null;
            audit(by.login(), AuditAction.ESCALATED, "Escalated to " + to.name() + " (Tier " + to.tier() + "), reason " + reason
                    + ", under policy v" + policyVersion + ", no rule matched. Issue: " + subject + " | Steps taken: checked the "
                    + WORDS[random.nextInt(WORDS.length)] + " | Needed: " + WORDS[random.nextInt(WORDS.length)] + " expertise", before,
                    e.withTicket(state()));
            return e;
        }

        void requestDecision() throws SQLException {
            later(20, 600);
            Agent by = assignee;
            boolean big = random.nextInt(100) < 30;
            BigDecimal amount = BigDecimal.valueOf(big ? 500 + random.nextInt(1_400) : 60 + random.nextInt(430), 0).setScale(2);
            String level = big ? "MANAGER" : "TEAM_LEAD";
            Agent approver = big ? team.manager() : team.lead();
            long request = nextDecision++;
            String money = money(amount);
            Map<String, Object> pending = decision(money, "PENDING", level, level);
            audit(by.login(), AuditAction.DECISION_REQUESTED, "Refund of " + money + " requested, to be approved by "
                    + (big ? "Manager" : "Team lead") + ": goodwill for the trouble with the " + WORDS[random.nextInt(WORDS.length)],
                    null, pending);
            later(15, big ? 1_440 : 480);
            boolean approved = random.nextInt(100) < 85;
            Map<String, Object> decided = decision(money, approved ? "APPROVED" : "REJECTED", level, null);
            audit(approver.login(), approved ? AuditAction.DECISION_APPROVED : AuditAction.DECISION_REJECTED, "Refund of " + money
                    + (approved ? " approved by " : " rejected by ") + approver.name() + " (" + (big ? "manager" : "team lead") + ")",
                    pending, decided);
            Insert insert = rows.of("INSERT INTO decision_request (id, ticket_id, kind_id, amount, currency, justification,"
                    + " requested_by_id, approval_chain, next_step, state, requested_at, decided_at, version, policy_version, policy_rule)"
                    + " VALUES (?, ?, 1, ?, 'EUR', ?, ?, ?, 1, ?, ?, ?, 0, NULL, NULL)");
            insert.add(request, id, amount, "Goodwill for the trouble with the order", by.id(), level, approved ? "APPROVED" : "REJECTED", Timestamp.from(written.get(written.size() - 2).getOccurredAt()), Timestamp.from(at));
            Insert step = rows.of("INSERT INTO decision_approval (id, request_id, authority_level, approver_id, approved,"
                    + " note, decided_at, on_behalf_of_id) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)");
            step.add(nextApproval++, request, level, approver.id(), approved, approved ? null : "Outside what we can offer for this contract", Timestamp.from(at));
        }

        Map<String, Object> decision(String money, String state, String chain, String nextLevel) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("decision.kind", "REFUND");
            s.put("decision.amount", money);
            s.put("decision.state", state);
            s.put("decision.chain", chain);
            s.put("decision.nextLevel", nextLevel);
            return s;
        }

        /** An exacerbation the desk's detector would find now, with its audit entry as the detector writes it. */
        void exacerbated(String rule, String label, String detail) {
            Map<String, Object> found = new LinkedHashMap<>();
            found.put("rule", rule);
            found.put("detail", detail);
            found.put("rootCause", null);
            found.put("action", null);
            found.put("outcome", null);
            found.put("reference", null);
            audit("exacerbation-detector", AuditAction.EXACERBATION_DETECTED, label + ": " + detail, null, found);
            exacerbations.add(new Object[] {rule, detail, at, null, null});
        }

        /** The manager of the team that took the ticket in reviews its exacerbations, but for those of the last two weeks. */
        void reviewExacerbations() {
            for (Object[] x : exacerbations) {
                if (Duration.between(at, now).toDays() <= 14) {
                    continue;
                }
                later(60, 2_880);
                Agent manager = firstTeam.manager();
                Map<String, Object> reviewed = new LinkedHashMap<>();
                reviewed.put("rule", x[0]);
                reviewed.put("detail", x[1]);
                reviewed.put("rootCause", "PROCESS_OR_POLICY");
                reviewed.put("action", "Talked the routing through with both teams");
                reviewed.put("outcome", "COACHING_NOTE");
                reviewed.put("reference", null);
                audit(manager.login(), AuditAction.EXACERBATION_REVIEWED, "Exacerbation “Bounced” reviewed: Process or policy; Talked"
                        + " the routing through with both teams → a coaching note to the agent's team lead", null, reviewed);
                x[3] = manager;
                x[4] = at;
            }
        }

        void resolve() {
            later(20, priority.equals("URGENT") ? 600 : 4_000);
            Map<String, Object> before = state();
            status = "RESOLVED";
            resolvedAt = at;
            if (firstResolved == null) {
                firstResolved = at;
            }
            resolutionSummary = "Fixed the " + WORDS[random.nextInt(WORDS.length)] + " and confirmed with the customer";
            workers.add(assignee.id());
            audit(assignee.login(), AuditAction.TICKET_RESOLVED, "Resolved: " + resolutionSummary, before, state());
        }

        /** First response and resolution clocks, stopped: met or missed as the ticket's times say. */
        void clocks() throws SQLException {
            if (firstResponseDue != null) {
                clock("FIRST_RESPONSE", policy.firstResponse(), firstResponseDue,
                        firstReply != null && firstReply.isBefore(firstResolved) ? firstReply : firstResolved);
            }
            if (resolutionDue != null) {
                clock("RESOLUTION", policy.resolution(), resolutionDue, firstResolved);
            }
        }

        void clock(String kind, int minutes, Instant due, Instant stopped) throws SQLException {
            Instant start = created.truncatedTo(ChronoUnit.MILLIS);
            Instant end = stopped.truncatedTo(ChronoUnit.MILLIS);
            Instant atRisk = due(start, minutes * 3 / 4);
            Insert clock = rows.of("INSERT INTO sla_clock (id, ticket_id, kind, policy_id, target_minutes, started_at,"
                    + " stopped_at, due_at, at_risk_at, steps_done, next_step_at, ledger, version, replaced)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, 0, FALSE)");
            clock.add(nextClock++, id, kind, policy.id(), minutes, Timestamp.from(start), Timestamp.from(end), Timestamp.from(due), Timestamp.from(atRisk), "running " + start + " " + end);
        }

        /** The ticket's rows, its audit chain in the log, and its fact as the desk replays it. */
        void write() throws SQLException {
            Insert ticket = rows.of("INSERT INTO ticket (id, ticket_number, customer_id, subject, description, category,"
                    + " priority, status, team_id, assignee_id, created_at, updated_at, version, resolution_summary, resolved_at,"
                    + " closed_at, reopen_count, bounced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)");
            ticket.add(id, number, customer.id(), subject, description, category, priority, status, team.id(), assignee == null ? null : assignee.id(), Timestamp.from(created), Timestamp.from(at), resolutionSummary, resolvedAt == null ? null : Timestamp.from(resolvedAt), closedAt == null ? null : Timestamp.from(closedAt), reopenCount, bounced);
            Insert worker = rows.of("INSERT INTO ticket_worker (ticket_id, agent_id) VALUES (?, ?)");
            for (long w : workers) {
                worker.add(id, w);
            }
            Insert link = rows.of("INSERT INTO kb_article_link (id, article_id, ticket_id, linked_by, linked_at, solved,"
                    + " escalation_avoided) VALUES (?, ?, ?, ?, ?, ?, ?)");
            for (long article : linkedArticles) {
                link.add(nextLink++, article, id, workers.iterator().next(), Timestamp.from(created), resolvedAt != null, resolvedAt != null && !escalated);
            }
            Insert exacerbation = rows.of("INSERT INTO exacerbation (id, ticket_id, rule_fired, detail, detected_at, root_cause,"
                    + " action_taken, outcome, outcome_reference, reviewed_by, reviewed_at, reminded_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL, 0)");
            for (Object[] x : exacerbations) {
                boolean reviewed = x[3] != null;
                exacerbation.add(nextExacerbation++, id, x[0], x[1], Timestamp.from((Instant) x[2]), reviewed ? "PROCESS_OR_POLICY" : null,
                        reviewed ? "Talked the routing through with both teams" : null, reviewed ? "COACHING_NOTE" : null,
                        reviewed ? ((Agent) x[3]).id() : null, reviewed ? Timestamp.from((Instant) x[4]) : null);
            }
            Insert audit = rows.of("INSERT INTO audit_entry (id, chain_key, sequence_no, actor, action, summary, before_state,"
                    + " after_state, occurred_at_us, previous_hash, entry_hash, recipe, log_index, leaf_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?)");
            BusinessHours hours = policy == null ? null : policy.hours();
            TicketFact fact = new TicketFact(number);
            for (AuditEntry e : written) {
                byte[] leaf = MerkleTree.leafHash(AuditRecipe.leafData(e));
                audit.add(nextAudit++, e.getChainKey(), e.getSequenceNo(), e.getActor(), e.getAction().name(), e.getSummary(), e.getBeforeState(), e.getAfterState(), e.getOccurredMicros(), e.getPreviousHash(), e.getHash(), log.size(), MerkleTree.hex(leaf));
                log.append(leaf);
                fact.apply(e, hours);
                entries++;
            }
            fact(fact.figures());
        }

        void fact(Map<String, Object> f) throws SQLException {
            Insert fact = rows.of("INSERT INTO ticket_fact (ticket_number, last_sequence, created_us, status, team, tier,"
                    + " priority, category, first_team, resolved_us, resolved_by, resolved_team, resolved_tier, business_seconds,"
                    + " functional_escalations, hierarchical_escalations, team_moves, reopens, public_replies, bounces,"
                    + " accepted_escalations, accept_wait_seconds, sla_breaches, articles_linked, exacerbations, merged, satisfaction,"
                    + " effort, since_us, escalated_us, team_seconds, escalation_reason, changed_us, segment)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            String[] keys = {"ticketNumber", "lastSequence", "created", "status", "team", "tier", "priority", "category", "firstTeam",
                "resolved", "resolvedBy", "resolvedTeam", "resolvedTier", "businessSeconds", "functionalEscalations",
                "hierarchicalEscalations", "teamMoves", "reopens", "publicReplies", "bounces", "acceptedEscalations", "acceptWaitSeconds",
                "slaBreaches", "articlesLinked", "exacerbations", "merged", "satisfaction", "effort", "since", "escalated", "secondsAtTeam",
                "escalationReason"};
            for (int i = 0; i < keys.length; i++) {
                Object value = keys[i].equals("ticketNumber") ? number : f.get(keys[i]);
                if (!keys[i].equals("ticketNumber") && !f.containsKey(keys[i])) {
                    throw new IllegalStateException("A ticket's figures have no " + keys[i] + ": " + f.keySet());
                }
                if (value instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> seconds = (Map<String, ?>) m;
                    value = m.isEmpty() ? null : CanonicalJson.of(seconds);
                } else if (value instanceof Instant instant) {
                    value = AuditEntry.micros(instant);
                } else if (value instanceof Enum<?> e) {
                    value = e.name();
                }
                fact.set(i + 1, value);
            }
            fact.set(33, changedMicros);
            fact.set(34, customer.segment());
            fact.addBatch();
        }

        /** An escalation of this ticket and its row. */
        final class Escalation {
            final long escalationId;
            final Team from;
            final Team to;
            final Agent by;
            final String reason;
            final Instant requested;
            String state = "REQUESTED";
            Agent decidedBy;
            String note;
            int[] rating;
            Instant decided;

            Escalation(long escalationId, Team from, Team to, Agent by, String reason, Instant requested) {
                this.escalationId = escalationId;
                this.from = from;
                this.to = to;
                this.by = by;
                this.reason = reason;
                this.requested = requested;
            }

            Map<String, Object> withTicket(Map<String, Object> ticket) {
                Map<String, Object> s = new LinkedHashMap<>(ticket);
                s.put("escalation.kind", "FUNCTIONAL");
                s.put("escalation.reason", reason);
                s.put("escalation.state", state);
                s.put("escalation.fromTeam", from.name());
                s.put("escalation.toTeam", to.name());
                s.put("escalation.decidedBy", decidedBy == null ? null : decidedBy.login());
                s.put("escalation.decisionNote", note);
                if (rating != null) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("complete", rating[0]);
                    r.put("stepsListed", rating[1]);
                    r.put("rightTeam", rating[2]);
                    r.put("comment", null);
                    s.put("escalation.handoffRating", r);
                }
                s.put("escalation.policyVersion", policyVersion);
                s.put("escalation.policyRule", null);
                s.put("escalation.proposedTeam", to.name());
                s.put("escalation.againstPolicy", false);
                s.put("escalation.acceptBy", acceptBy());
                return s;
            }

            Instant acceptBy() {
                return requested.plus(Duration.ofMinutes(acceptMinutes));
            }

            void accepted(Agent agent) throws SQLException {
                Map<String, Object> before = withTicket(state());
                state = "ACCEPTED";
                decidedBy = agent;
                decided = at;
                rating = rate(false);
                status = "OPEN";
                assignee = agent;
                workers.add(agent.id());
                audit(agent.login(), AuditAction.ESCALATION_ACCEPTED, "Escalation accepted by " + agent.name() + " for " + to.name()
                        + "; handoff rated summary " + rating[0] + "/5, steps " + rating[1] + "/5, right team " + rating[2] + "/5",
                        before, withTicket(state()));
            }

            void returned(Agent agent) throws SQLException {
                Map<String, Object> before = withTicket(state());
                state = "RETURNED";
                decidedBy = agent;
                decided = at;
                note = "Not ours: this is a " + category.toLowerCase(Locale.ROOT) + " question";
                rating = rate(true);
                status = "OPEN";
                team = from;
                assignee = by;
                bounced = true;
                workers.add(agent.id());
                audit(agent.login(), AuditAction.ESCALATION_RETURNED, "Escalation returned to " + from.name() + ": " + note
                        + "; handoff rated summary " + rating[0] + "/5, steps " + rating[1] + "/5, right team " + rating[2] + "/5",
                        before, withTicket(state()));
                exacerbated("BOUNCED", "Bounced", "Returned by " + to.name() + ": " + note);
            }

            int[] rate(boolean wrongTeam) {
                return new int[] {2 + random.nextInt(4), 1 + random.nextInt(5), wrongTeam ? 1 + random.nextInt(2) : 4 + random.nextInt(2)};
            }

            void row() throws SQLException {
                Insert row = rows.of("INSERT INTO escalation (id, ticket_id, kind, reason, from_team_id, requested_by_id,"
                        + " to_team_id, handoff_issue, handoff_steps_taken, handoff_needed, state, decided_by_id, decision_note,"
                        + " requested_at, decided_at, version, policy_version, policy_rule, proposed_team_id, against_policy, accept_by,"
                        + " handoff_rated_complete, handoff_rated_steps, handoff_rated_team, handoff_rating_comment)"
                        + " VALUES (?, ?, 'FUNCTIONAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, NULL, ?, FALSE, ?, ?, ?, ?, NULL)");
                row.set(1, escalationId);
                row.set(2, id);
                row.set(3, reason);
                row.set(4, from.id());
                row.set(5, by.id());
                row.set(6, to.id());
                row.set(7, subject);
                row.set(8, "Checked the settings and the history with the customer");
                row.set(9, "Someone who knows the " + WORDS[(int) (escalationId % WORDS.length)]);
                row.set(10, state);
                row.set(11, decidedBy == null ? null : decidedBy.id());
                row.set(12, note);
                row.set(13, Timestamp.from(requested));
                row.set(14, decided == null ? null : Timestamp.from(decided));
                row.set(15, policyVersion);
                row.set(16, to.id());
                row.set(17, Timestamp.from(acceptBy()));
                // a handoff is rated when the escalation is accepted or returned
                row.set(18, rating == null ? null : rating[0]);
                row.set(19, rating == null ? null : rating[1]);
                row.set(20, rating == null ? null : rating[2]);
                row.addBatch();
            }
        }
    }

    /** The service-level policy that covers a ticket: the most specific, the oldest on a tie (as SlaPolicy.forTicket). */
    Policy policyFor(String segment, String priority) {
        Policy best = null;
        int bestScore = -1;
        for (Policy p : policies) {
            if ((p.segment() != null && !p.segment().equals(segment)) || (p.priority() != null && !p.priority().equals(priority))) {
                continue;
            }
            int score = (p.segment() == null ? 0 : 2) + (p.priority() == null ? 0 : 1);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " EUR";
    }

    // ---------------------------------------------------------------- the end

    void finish() throws SQLException {
        try (Statement s = db.createStatement()) {
            restart(s, "team_seq", nextTeam, 1);
            restart(s, "agent_seq", nextAgent, 1);
            restart(s, "customer_seq", nextCustomer, 1);
            restart(s, "ticket_seq", nextTicket, 1);
            restart(s, "ticket_note_seq", nextNote, 1);
            restart(s, "escalation_seq", nextEscalation, 1);
            restart(s, "audit_entry_seq", nextAudit, 50);
            restart(s, "sla_clock_seq", nextClock, 50);
            restart(s, "decision_request_seq", nextDecision, 1);
            restart(s, "decision_approval_seq", nextApproval, 1);
            restart(s, "kb_article_link_seq", nextLink, 1);
            restart(s, "exacerbation_seq", nextExacerbation, 1);
            // the finder rebuilds its index from the database when the desk starts
            s.executeUpdate("UPDATE ticket_index_epoch SET created_at = CURRENT_TIMESTAMP");
            db.commit();
            db.setAutoCommit(true);
            s.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    /** Past the ids written; a sequence of blocks (EclipseLink's allocation of 50) ends a block past them. */
    static void restart(Statement s, String sequence, long next, int block) throws SQLException {
        long value = block == 1 ? next : ((next + block - 1) / block) * block + block;
        s.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + value);
    }

    /** The rows of one statement, each row's values set by position as on a PreparedStatement. */
    static final class Insert {
        final String sql;
        final int columns;
        final List<Object[]> rows = new ArrayList<>();
        Object[] current;

        Insert(String sql) {
            this.sql = sql;
            this.columns = (int) sql.chars().filter(c -> c == '?').count();
            this.current = new Object[columns];
        }

        void set(int index, Object value) {
            current[index - 1] = value;
        }

        /** A whole row, its values in the statement's order. */
        void add(Object... values) {
            current = values;
            addBatch();
        }

        void addBatch() {
            rows.add(current);
            current = new Object[columns];
        }
    }

    /** The rows made since the last hand-over, per statement, and the audit log's state after them. */
    static final class Rows {
        Map<String, Insert> inserts = new LinkedHashMap<>();
        long logSize = -1;
        String peaks;

        Insert of(String sql) {
            return inserts.computeIfAbsent(sql, Insert::new);
        }

        void log(CompactRange log) {
            logSize = log.size();
            peaks = log.peaksText();
        }

        Rows take() {
            Rows taken = new Rows();
            taken.inserts = inserts;
            taken.logSize = logSize;
            taken.peaks = peaks;
            inserts = new LinkedHashMap<>();
            return taken;
        }
    }

    /**
     * Writes what the generator hands it on a thread of its own, so that making the next tickets and
     * writing the last ones share the two cores: each hand-over in one transaction, with the audit
     * log's state as it leaves it, so that a crash leaves a consistent desk with fewer tickets.
     */
    static final class Writer {
        static final Rows END = new Rows();
        final Connection db;
        final Map<String, PreparedStatement> statements = new HashMap<>();
        final java.util.concurrent.BlockingQueue<Rows> queue = new java.util.concurrent.ArrayBlockingQueue<>(2);
        final java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread thread;

        Writer(Connection db) {
            this.db = db;
        }

        void hand(Rows rows) throws SQLException {
            if (thread == null) {
                thread = new Thread(() -> {
                    try {
                        for (Rows r = queue.take(); r != END; r = queue.take()) {
                            write(r);
                        }
                    } catch (Exception e) {
                        failure.set(e);
                        queue.clear();
                    }
                }, "writer");
                thread.start();
            }
            try {
                while (!queue.offer(rows, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                    failed();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            failed();
        }

        void finish() throws SQLException {
            hand(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            failed();
        }

        void failed() throws SQLException {
            if (failure.get() instanceof SQLException e) {
                throw e;
            } else if (failure.get() != null) {
                throw new IllegalStateException(failure.get());
            }
        }

        /** Parents first: teams before their people, tickets before what refers to them, requests before their approvals. */
        static int order(String sql) {
            return sql.startsWith("INSERT INTO team ") || sql.startsWith("INSERT INTO ticket ") ? 0
                    : sql.startsWith("INSERT INTO decision_request ") ? 1 : 2;
        }

        void write(Rows rows) throws SQLException {
            List<Insert> ordered = new ArrayList<>(rows.inserts.values());
            ordered.sort(java.util.Comparator.comparingInt(i -> order(i.sql)));
            for (Insert insert : ordered) {
                PreparedStatement s = statements.get(insert.sql);
                if (s == null) {
                    s = db.prepareStatement(insert.sql);
                    statements.put(insert.sql, s);
                }
                int n = 0;
                for (Object[] row : insert.rows) {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            s.setNull(i + 1, Types.NULL);
                        } else {
                            s.setObject(i + 1, row[i]);
                        }
                    }
                    s.addBatch();
                    if (++n % 1_000 == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            // the entries written are in the log up to here, in the same transaction
            try (PreparedStatement lock = db.prepareStatement("SELECT tree_size FROM audit_log_state WHERE id = 1 FOR UPDATE");
                    PreparedStatement state = db.prepareStatement("UPDATE audit_log_state SET tree_size = ?, peaks = ? WHERE id = 1")) {
                lock.executeQuery().close();
                state.setLong(1, rows.logSize);
                state.setString(2, rows.peaks);
                state.executeUpdate();
            }
            db.commit();
        }
    }
}
