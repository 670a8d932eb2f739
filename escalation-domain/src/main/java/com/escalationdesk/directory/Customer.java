package com.escalationdesk.directory;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/** Somebody the desk serves. Customers never log in to the agent screens. */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.BY_EMAIL, query = "select c from Customer c where lower(c.email) = :email")
@NamedQuery(name = Customer.NAME_STARTING, query = "select c from Customer c where c.nameKey like :prefix escape '\\'"
        + " order by c.nameKey, c.id")
@NamedQuery(name = Customer.MATCHING, query = "select c from Customer c where c.nameKey like :text escape '\\'"
        + " or lower(c.email) like :text escape '\\' order by c.nameKey, c.id")
public class Customer {

    public static final String BY_EMAIL = "Customer.byEmail";
    /**
     * Customers whose name starts with {@code :prefix} (any case), a pattern made by
     * {@link #startingWith}, by name: read from the index on the lower-case name (V18), whatever the
     * count of customers.
     */
    public static final String NAME_STARTING = "Customer.nameStarting";
    /** Customers whose name or email contains {@code :text}, a pattern made by {@link #containing}, by name. */
    public static final String MATCHING = "Customer.matching";

    /** The LIKE pattern for {@link #MATCHING}: the text, any case, anywhere; its own % and _ taken literally. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** The LIKE pattern for {@link #NAME_STARTING}: names that start with the text, any case. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }

    private static String literal(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Enough to catch typing mistakes; whether the address exists only a mail to it can tell. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 1)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** The name in lower case, kept for looking customers up by name and listing them by it. */
    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "segment", nullable = false, length = 20)
    private CustomerSegment segment;

    /** Where the customer lives: the times in their emails and on their status page are in this zone. */
    @Column(name = "time_zone", nullable = false, length = 60)
    private String zone = "UTC";

    @Version
    @Column(name = "version")
    private long version;

    protected Customer() {
        // for JPA
    }

    public Customer(String name, String email, CustomerSegment segment) {
        this.name = RuleViolation.requireText(name, "Customer name", 200);
        this.nameKey = this.name.toLowerCase(java.util.Locale.ROOT);
        this.email = RuleViolation.requireText(email, "Customer email", 254);
        if (!EMAIL.matcher(this.email).matches()) {
            throw new RuleViolation("“" + this.email + "” is not an email address.");
        }
        this.segment = RuleViolation.require(segment, "Customer segment");
    }

    public Customer(String name, String email, CustomerSegment segment, String zone) {
        this(name, email, segment);
        this.zone = validZone(zone);
    }

    /** The customer's contract changed (their tickets' service levels follow) or they live elsewhere now. */
    public void change(CustomerSegment newSegment, String newZone) {
        RuleViolation.require(newSegment, "Customer segment");
        this.zone = validZone(newZone);
        this.segment = newSegment;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("email", email);
        state.put("segment", segment);
        state.put("timeZone", zone);
        return state;
    }

    private static String validZone(String zone) {
        String id = RuleViolation.requireText(zone, "Time zone", 60);
        try {
            return java.time.ZoneId.of(id).getId();
        } catch (java.time.DateTimeException e) {
            throw new RuleViolation("“" + id + "” is not a time zone; use a name like Europe/Berlin.");
        }
    }

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(zone);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public CustomerSegment getSegment() {
        return segment;
    }

    @Override
    public String toString() {
        return name;
    }
}
