package com.escalationdesk.customer;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/** The text of one kind of customer email, as the admin wrote it. */
@Entity
@Table(name = "customer_email_template")
@NamedQuery(name = CustomerEmailTemplate.ALL, query = "select t from CustomerEmailTemplate t")
public class CustomerEmailTemplate {

    public static final String ALL = "CustomerEmailTemplate.all";
    public static final int MAX_BODY = 5000;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "event", length = 30)
    private CustomerEvent event;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Version
    @Column(name = "version")
    private long version;

    protected CustomerEmailTemplate() {
        // for JPA
    }

    public CustomerEmailTemplate(CustomerEvent event, String subject, String body) {
        this.event = RuleViolation.require(event, "The event");
        change(subject, body);
    }

    /** New wording; every email must carry the customer's status link, as nothing else lets them answer. */
    public void change(String newSubject, String newBody) {
        String s = TemplateText.check(newSubject, "The subject", 200);
        String b = TemplateText.check(newBody, "The text", MAX_BODY);
        if (!TemplateText.uses(b, "statusLink")) {
            throw new RuleViolation("The text must include {{statusLink}}: it is how the customer sees and answers the case.");
        }
        this.subject = s;
        this.body = b;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("event", event.name());
        state.put("subject", subject);
        state.put("body", body);
        return state;
    }

    public CustomerEvent getEvent() {
        return event;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public long getVersion() {
        return version;
    }
}
