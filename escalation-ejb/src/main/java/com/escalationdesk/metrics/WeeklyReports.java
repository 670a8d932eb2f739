package com.escalationdesk.metrics;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.ReportingLines;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.exacerbation.Exacerbation;
import com.escalationdesk.exacerbation.Exacerbations;
import com.escalationdesk.mail.DeliveryTime;
import com.escalationdesk.mail.MailOutbox;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.Notifier;
import com.escalationdesk.shared.AppLinks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a week, on Monday morning: the early warnings (a team's escalation or exacerbation rate of the
 * last seven days above its usual range of the eight weeks before, under the threshold an admin
 * set) in the app and by email to the team's managers; then each manager's
 * digest by email: their teams' figures for the week and the change from the week before, the
 * warnings, and the exacerbation reviews waiting. Emails wait for the recipient's working hours.
 * Each report is made once per week even with two servers (the {@code weekly_report} row).
 */
@Stateless
@PermitAll
public class WeeklyReports {

    private static final Logger LOG = Logger.getLogger(WeeklyReports.class.getName());

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private FactQueries facts;

    @Inject
    private TeamWeeks teamWeeks;

    @Inject
    private MetricsScope scope;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Notifier notifier;

    @Inject
    private AppLinks links;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** What one run made. */
    public record Run(int warnings, int digests) {
    }

    @Schedule(dayOfWeek = "Mon", hour = "6", minute = "0", persistent = false, info = "weekly reports")
    void monday() {
        Run run = runNow();
        LOG.info(() -> "Weekly reports: " + run.warnings() + " early warnings, " + run.digests() + " digests");
    }

    /** Makes this week's warnings and digests that are not made yet. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run runNow() {
        WeeklyReports self = context.getBusinessObject(WeeklyReports.class);
        Instant now = clock.instant();
        String week = week(now);
        List<Team> teams = em.createQuery("select t from Team t order by t.name", Team.class).getResultList();
        Map<String, List<EarlyWarning>> warned = new LinkedHashMap<>();
        int warnings = 0;
        for (Team team : teams) {
            List<EarlyWarning> found = warningsFor(team.getName(), now);
            if (!found.isEmpty()) {
                warned.put(team.getName(), found);
                warnings += attempt(() -> self.warn(team.getId(), week, found)) ? found.size() : 0;
            }
        }
        int digests = 0;
        for (Agent manager : em.createNamedQuery(Agent.ALL, Agent.class).getResultList()) {
            if (manager.isActive() && manager.hasRole(Role.MANAGER)) {
                digests += attempt(() -> self.digest(manager.getId(), week, now, warned)) ? 1 : 0;
            }
        }
        return new Run(warnings, digests);
    }

    /** Runs one report in its own transaction; false when it was made already (here or by another server). */
    private static boolean attempt(java.util.function.BooleanSupplier report) {
        try {
            return report.getAsBoolean();
        } catch (EJBException e) {
            LOG.log(Level.FINE, "A weekly report was made by another server meanwhile", e);
            return false;
        }
    }

    /** The ISO week of a moment in UTC: "2026-W49". */
    static String week(Instant at) {
        var day = at.atZone(ZoneOffset.UTC).toLocalDate();
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The team's warnings for the seven days up to now, against the eight weeks before, under the desk's threshold. */
    private List<EarlyWarning> warningsFor(String team, Instant now) {
        return teamWeeks.watch(team, now, teamWeeks.threshold()).stream().flatMap(w -> w.warning().stream()).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean warn(long teamId, String week, List<EarlyWarning> found) {
        if (!claim("EARLY_WARNING", teamId, week)) {
            return false;
        }
        Team team = em.find(Team.class, teamId);
        List<Agent> everyone = em.createNamedQuery(Agent.ALL, Agent.class).getResultList();
        for (Agent manager : everyone) {
            if (manager.hasRole(Role.MANAGER) && ReportingLines.teamsOf(manager, everyone).contains(team)) {
                for (EarlyWarning w : found) {
                    notifier.remind(manager, NotificationKind.EARLY_WARNING, null, team.getName() + ": " + w.describe()
                            + ". See the dashboard: " + links.dashboard() + "?days=7&team="
                            + java.net.URLEncoder.encode(team.getName(), java.nio.charset.StandardCharsets.UTF_8), null);
                }
            }
        }
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean digest(long managerId, String week, Instant now, Map<String, List<EarlyWarning>> warned) {
        Agent manager = em.find(Agent.class, managerId);
        List<String> teams = scope.teamsOf(manager);
        boolean wholeDesk = scope.wholeDesk(manager);
        if (manager.getEmail() == null || teams.isEmpty() || !claim("DIGEST", managerId, week)) {
            return false;
        }
        Instant from = now.minus(Duration.ofDays(7));
        List<String> inView = wholeDesk ? null : teams;
        PeriodFigures week1 = PeriodFigures.of(facts.resolved(from, now, inView));
        PeriodFigures week0 = PeriodFigures.of(facts.resolved(from.minus(Duration.ofDays(7)), from, inView));
        List<String> warnings = new ArrayList<>();
        warned.forEach((team, found) -> {
            if (teams.contains(team)) {
                found.forEach(w -> warnings.add(team + ": " + w.describe()));
            }
        });
        List<Exacerbation> waiting = waitingReviews(Set.copyOf(em.createQuery("select t from Team t where t.name in :names",
                Team.class).setParameter("names", teams).getResultList()), wholeDesk);
        String body = WeeklyDigestText.of(manager.getDisplayName(), wholeDesk ? "the whole desk" : String.join(", ", teams),
                week1, week0, warnings, waiting.stream().map(x -> x.getTicket().getNumber() + " (" + x.getRule().label() + ", "
                        + x.getTicket().getSubject() + ")").toList(), links.dashboard());
        outbox.queue(manager.getEmail(), "Your week at the desk: " + week1.resolution().resolved() + " resolved, escalation rate "
                + FigureText.percent(week1.resolution().escalated()), body, null,
                DeliveryTime.of(now, false, manager.getWorkingHours(), null));
        return true;
    }

    private List<Exacerbation> waitingReviews(Set<Team> teams, boolean wholeDesk) {
        var query = em.createQuery("SELECT x FROM Exacerbation x WHERE x.reviewedAt IS NULL"
                + (wholeDesk ? "" : " AND" + Exacerbations.IN_SCOPE) + " ORDER BY x.detectedAt", Exacerbation.class);
        if (!wholeDesk) {
            query.setParameter("teams", teams);
        }
        return query.getResultList();
    }

    /** Takes this week's report of a kind for a subject; false when it was taken already. */
    private boolean claim(String kind, long subjectId, String week) {
        long taken = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM weekly_report WHERE kind = ? AND subject_id = ? AND week = ?")
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, week).getSingleResult()).longValue();
        if (taken > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO weekly_report (kind, subject_id, week, made_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, week)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        return true;
    }
}
