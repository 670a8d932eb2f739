package com.escalationdesk.reply;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Team;
import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A canned reply (a macro): a text an agent inserts in the reply box, its placeholders filled from
 * the ticket. A shared one belongs to a team and is kept by its team leads; an agent's own is theirs
 * alone.
 */
@Entity
@Table(name = "canned_reply")
@NamedQuery(name = CannedReply.FOR_AGENT, query = "select r from CannedReply r where r.owner = :agent"
        + " or (r.owner is null and r.team = :team) order by r.title, r.id")
public class CannedReply {

    public static final String FOR_AGENT = "CannedReply.forAgent";

    /** The placeholders a reply may hold, and what each becomes. */
    public static final Map<String, String> PLACEHOLDERS = placeholders();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z.]+)\\s*}}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_reply_seq")
    @SequenceGenerator(name = "canned_reply_seq", sequenceName = "canned_reply_seq", allocationSize = 1)
    private Long id;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    /** The agent whose own reply it is; null for a team's shared one. */
    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Agent owner;

    /** The team whose agents share it; null for an agent's own. */
    @ManyToOne
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected CannedReply() {
        // for JPA
    }

    /** A reply of {@code author}'s own, or, with {@code shared}, one for their whole team (team leads only). */
    public CannedReply(Agent author, boolean shared, String title, String body, Instant now) {
        if (shared) {
            requireTeamLead(author);
            this.team = author.getTeam();
        } else {
            this.owner = author;
        }
        change(author, title, body, now);
    }

    /** New words for it, by whoever may keep it. */
    public void change(Agent by, String title, String body, Instant now) {
        requireKeeper(by);
        this.title = RuleViolation.requireText(title, "The title", 100);
        this.body = RuleViolation.requireText(body, "The text", 4000);
        Set<String> unknown = unknownPlaceholders(this.body);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("Unknown placeholder " + String.join(", ", unknown) + ": a reply may hold "
                    + String.join(", ", PLACEHOLDERS.keySet().stream().map(p -> "{{" + p + "}}").toList()) + ".");
        }
        this.updatedBy = by.getLoginName();
        this.updatedAt = now;
    }

    /** Whether {@code agent} may use it in a reply: their own, or their team's shared one. */
    public boolean usableBy(Agent agent) {
        return owner != null ? same(owner, agent, owner.getId(), agent.getId())
                : agent.getTeam() != null && same(team, agent.getTeam(), team.getId(), agent.getTeam().getId());
    }

    /** Whether {@code agent} may change or remove it: its owner, or a team lead of its team. */
    public boolean keptBy(Agent agent) {
        return owner != null ? same(owner, agent, owner.getId(), agent.getId())
                : isTeamLead(agent) && same(team, agent.getTeam(), team.getId(), agent.getTeam().getId());
    }

    /** One and the same entity: the same object, or two copies of one row. */
    private static boolean same(Object a, Object b, Long idOfA, Long idOfB) {
        return a == b || (idOfA != null && idOfA.equals(idOfB));
    }

    public void requireKeeper(Agent agent) {
        if (!keptBy(agent)) {
            throw new RuleViolation(owner != null ? "Only " + owner.getDisplayName() + " changes their own replies."
                    : "Only a team lead of " + team.getName() + " changes its shared replies.");
        }
    }

    /** Team leads keep their team's shared replies: an agent of a team who approves at team lead level or above. */
    public static boolean isTeamLead(Agent agent) {
        return agent.getTeam() != null && agent.getApprovalLevel() != null && agent.getApprovalLevel().approves();
    }

    private static void requireTeamLead(Agent agent) {
        if (!isTeamLead(agent)) {
            throw new RuleViolation("Only a team lead shares replies with the team; keep it as your own.");
        }
    }

    /** The text with each placeholder filled from {@code values} (by placeholder name). */
    public String fill(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            m.appendReplacement(filled, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.containsKey(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    private static Map<String, String> placeholders() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("customer", "the customer's name");
        p.put("ticket", "the ticket's number");
        p.put("subject", "the ticket's subject");
        p.put("agent", "your name");
        return java.util.Collections.unmodifiableMap(p);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("body", body);
        state.put("shared", team != null);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Agent getOwner() {
        return owner;
    }

    public Team getTeam() {
        return team;
    }

    public boolean isShared() {
        return team != null;
    }
}
