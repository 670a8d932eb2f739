package com.escalationdesk.metrics.web;

import com.escalationdesk.metrics.EarlyWarningThreshold;
import com.escalationdesk.metrics.EarlyWarnings;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Each of the manager's teams this week against its usual range; for admins, the threshold that decides what warns. */
@Named
@ViewScoped
public class EarlyWarningsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EarlyWarnings earlyWarnings;

    private List<EarlyWarnings.TeamWatch> teams = List.of();
    private EarlyWarningThreshold threshold;
    private String deviations;
    private String minimumRise;

    public void load() {
        FacesActions.attempt(() -> {
            threshold = earlyWarnings.threshold();
            teams = earlyWarnings.watch();
        });
        if (threshold != null) {
            deviations = threshold.deviations().toPlainString();
            minimumRise = Integer.toString(threshold.minimumRise());
        }
    }

    /** An admin sets the threshold; what cannot be read as numbers is said so, and nothing changes. */
    public String save() {
        BigDecimal sd;
        int rise;
        try {
            sd = new BigDecimal(deviations == null ? "" : deviations.strip());
        } catch (NumberFormatException e) {
            FacesActions.error("Give the standard deviations as a number, such as 2 or 1.5.");
            return null;
        }
        try {
            rise = Integer.parseInt(minimumRise == null ? "" : minimumRise.strip());
        } catch (NumberFormatException e) {
            FacesActions.error("Give the least rise as a whole number of percentage points, such as 5.");
            return null;
        }
        return FacesActions.attemptThen(() -> earlyWarnings.setThreshold(sd, rise),
                "The usual range now ends " + sd.stripTrailingZeros().toPlainString() + " standard deviations, and at least " + rise
                        + " points, above a team's mean. The next Monday's warnings use it; the change is on the configuration audit chain.",
                "/metrics/early-warnings?faces-redirect=true");
    }

    public List<EarlyWarnings.TeamWatch> getTeams() {
        return teams;
    }

    public EarlyWarningThreshold getThreshold() {
        return threshold;
    }

    public String getDeviations() {
        return deviations;
    }

    public void setDeviations(String deviations) {
        this.deviations = deviations;
    }

    public String getMinimumRise() {
        return minimumRise;
    }

    public void setMinimumRise(String minimumRise) {
        this.minimumRise = minimumRise;
    }
}
