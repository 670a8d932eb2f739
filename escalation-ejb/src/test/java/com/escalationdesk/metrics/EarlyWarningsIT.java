package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.BillingSpikes;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The early warnings as managers watch them, under the threshold an admin sets: a week of many
 * escalations at Frontline support is above its usual range at the default threshold and no longer
 * once adam widens the range; the weekly run then warns nobody, and the change is audited.
 */
class EarlyWarningsIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    BillingSpikes spikes;

    @Inject
    WeeklyReports reports;

    @Inject
    EarlyWarnings earlyWarnings;

    @PersistenceContext(unitName = "escalation")
    EntityManager em;

    @Test
    void managersWatchTheirTeamsAgainstTheUsualRangeAndAnAdminsThresholdDecidesWhatWarns() {
        spikes.escalateAndResolve(12);
        signIn.as("maria");
        assertThat(earlyWarnings.threshold()).isEqualTo(EarlyWarningThreshold.DEFAULT);
        List<EarlyWarnings.TeamWatch> watched = earlyWarnings.watch();
        assertThat(watched).extracting(EarlyWarnings.TeamWatch::team).containsExactly("Frontline support", "Platform engineering");
        EarlyWarning.Watch frontline = watched.get(0).rates().get(0);
        assertThat(frontline.metric()).isEqualTo("Escalation rate");
        assertThat(frontline.warned()).isTrue();
        assertThatThrownBy(() -> earlyWarnings.setThreshold(new BigDecimal("3"), 10)).isInstanceOf(EJBAccessException.class);

        signIn.as("adam");
        assertThatThrownBy(() -> earlyWarnings.setThreshold(new BigDecimal("9"), 10)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("0.5 to 5 standard deviations");
        // the range now ends 50 points above each team's mean: this week's rate stays inside it
        earlyWarnings.setThreshold(new BigDecimal("5"), 50);
        assertThat(earlyWarnings.watch().stream().flatMap(t -> t.rates().stream())).noneMatch(EarlyWarning.Watch::warned);
        assertThat(reports.runNow().warnings()).isZero();
        AuditEntry set = em.createQuery("select a from AuditEntry a where a.action = :action", AuditEntry.class)
                .setParameter("action", AuditAction.EARLY_WARNING_THRESHOLD_SET).getSingleResult();
        assertThat(set.getSummary()).isEqualTo("Early-warning threshold set to 5.0 standard deviations, at least 50 points above the"
                + " mean (was 2.0 standard deviations, at least 5 points above the mean)");
    }
}
