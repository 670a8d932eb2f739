package com.escalationdesk.customer.web;

import com.escalationdesk.customer.CustomerEmailRow;
import com.escalationdesk.customer.CustomerEmails;
import com.escalationdesk.customer.CustomerEvent;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The admin's screen for the wording of the emails customers get: one email at a time. */
@Named
@ViewScoped
public class CustomerEmailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerEmails emails;

    private List<CustomerEmailRow> templates = List.of();
    private Map<String, String> placeholders = Map.of();
    private String selected = CustomerEvent.RECEIVED.name();
    private String subject;
    private String body;

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            templates = emails.templates();
            placeholders = emails.placeholders();
        });
        choose();
    }

    /** Shows the chosen email's saved wording for editing. */
    public void choose() {
        CustomerEmailRow chosen = templates.stream().filter(t -> t.event().name().equals(selected)).findFirst()
                .orElse(templates.isEmpty() ? null : templates.get(0)); // an unknown name in the address: the first
        if (chosen != null) {
            selected = chosen.event().name();
            subject = chosen.subject();
            body = chosen.body();
        }
    }

    public void save() {
        CustomerEvent event = CustomerEvent.valueOf(selected);
        if (FacesActions.attempt(() -> emails.change(event, subject, body))) {
            FacesActions.info("The \u201c" + event.label() + "\u201d email is saved.");
            FacesActions.attempt(() -> templates = emails.templates());
        }
    }

    public String getChosenLabel() {
        return templates.stream().filter(t -> t.event().name().equals(selected)).findFirst().map(CustomerEmailRow::label)
                .orElse("");
    }

    public List<CustomerEmailRow> getTemplates() {
        return templates;
    }

    public List<Map.Entry<String, String>> getPlaceholders() {
        return List.copyOf(placeholders.entrySet());
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
