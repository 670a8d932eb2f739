package com.escalationdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerEmailTemplateTest {

    @Test
    void placeholdersAreFilledInAndAMissingValueLeavesNothing() {
        String text = "Dear {{customer}}, {{ ticket }} is with our specialists.{{message}}";
        assertThat(TemplateText.render(text, Map.of("customer", "Jane Doe", "ticket", "ESC-10001")))
                .isEqualTo("Dear Jane Doe, ESC-10001 is with our specialists.");
        assertThat(TemplateText.render("Costs $5 {{customer}}", Map.of("customer", "A\\B $1"))).isEqualTo("Costs $5 A\\B $1");
    }

    @Test
    void anUnknownPlaceholderIsRefusedWhenSaved() {
        assertThatThrownBy(() -> new CustomerEmailTemplate(CustomerEvent.RECEIVED, "{{tikcet}} received",
                "See {{statusLink}}")).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("The subject uses {{tikcet}}, which is not known; use {{customer}}, {{ticket}}");
    }

    @Test
    void everyEmailMustCarryTheStatusLink() {
        CustomerEmailTemplate template = new CustomerEmailTemplate(CustomerEvent.RESOLVED, "{{ticket}} resolved",
                "Rate us: {{surveyLink}}\nYour case: {{statusLink}}");
        assertThatThrownBy(() -> template.change("{{ticket}} resolved", "Rate us: {{surveyLink}}"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("must include {{statusLink}}");
        assertThat(template.getBody()).contains("{{statusLink}}");
    }
}
