package com.escalationdesk.directory;

import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Category;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;

/** A group of agents working at one tier; tickets are queued to teams. */
@Entity
@Table(name = "team")
@NamedQuery(name = Team.ALL, query = "select t from Team t order by t.tier.level, t.name")
@NamedQuery(name = Team.BY_NAME, query = "select t from Team t where t.name = :name")
public class Team {

    public static final String ALL = "Team.all";
    public static final String BY_NAME = "Team.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 1)
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = 100)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tier_id", nullable = false)
    private Tier tier;

    @Column(name = "description", length = 500)
    private String description;

    /** What the team is the expert for; the escalation policy routes by category. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_category", joinColumns = @JoinColumn(name = "team_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 20)
    private Set<Category> categories = EnumSet.noneOf(Category.class);

    @Version
    @Column(name = "version")
    private long version;

    protected Team() {
        // for JPA
    }

    public Team(String name, Tier tier, String description) {
        this.name = RuleViolation.requireText(name, "Team name", 100);
        this.tier = RuleViolation.require(tier, "Tier");
        this.description = description;
    }

    /** An admin changes the team's tier, description and the categories it owns. */
    public void change(Tier newTier, String newDescription, Set<Category> owned) {
        this.tier = RuleViolation.require(newTier, "Tier");
        this.description = newDescription == null || newDescription.isBlank() ? null
                : RuleViolation.requireText(newDescription, "Description", 500);
        this.categories = owned == null || owned.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(owned);
    }

    public Set<Category> getCategories() {
        return categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Tier getTier() {
        return tier;
    }

    public String getDescription() {
        return description;
    }

    /** Whether this is the same persistent team; teams are compared by identity, not by name. */
    public boolean sameAs(Team other) {
        return other != null && id != null && id.equals(other.id);
    }

    @Override
    public String toString() {
        return name + " (" + tier.label() + ")";
    }
}
