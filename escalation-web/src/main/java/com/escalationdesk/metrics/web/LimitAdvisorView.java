package com.escalationdesk.metrics.web;

import com.escalationdesk.approval.Approvals;
import com.escalationdesk.approval.AuthorityLimits;
import com.escalationdesk.approval.DecisionKindOption;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.metrics.LimitAdvice;
import com.escalationdesk.metrics.Metrics;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The authority-limit advisor: what raising a level's limit for a kind of decision to an amount would
 * have meant over a past period, and for admins the button that applies it through the authority
 * limits (audited there like any change). The question is in the address (days, kind, level,
 * amount), so that an answer can be bookmarked and sent on.
 */
@Named
@ViewScoped
public class LimitAdvisorView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The periods offered, in days. */
    private static final List<Integer> PERIODS = List.of(30, 90, 180, 365);

    /** The levels whose limits the advisor works out: those that ask approvers. */
    private static final List<AuthorityLevel> LEVELS = List.of(AuthorityLevel.TIER_1_AGENT, AuthorityLevel.TIER_2_AGENT,
            AuthorityLevel.TIER_3_AGENT, AuthorityLevel.TEAM_LEAD, AuthorityLevel.MANAGER);

    @Inject
    private Metrics metrics;

    @Inject
    private Approvals approvals;

    @Inject
    private AuthorityLimits authorityLimits;

    private int days = 90;
    private String kind;
    private String level;
    private String amount;
    private List<DecisionKindOption> kinds = List.of();
    private LimitAdvice advice;
    /** The question the advice answers, kept apart from the address's parameters, which a postback does not send. */
    private String adviceKind;
    private int adviceDays;

    public void load() {
        FacesActions.attempt(() -> kinds = approvals.kinds());
        if (kind == null || kind.isBlank()) {
            return;
        }
        AuthorityLevel chosen = level();
        if (chosen == null) {
            return;
        }
        boolean asked = amount != null && !amount.isBlank();
        BigDecimal proposed = proposed();
        if (asked && proposed == null) {
            return;
        }
        if (!FacesActions.attempt(() -> advice = metrics.limitAdvice(days, kind, chosen, proposed))) {
            advice = null;
            return;
        }
        adviceKind = kind;
        adviceDays = days;
        // no amount asked: work out the suggested one, if the period suggests any
        if (!asked && advice.suggested() != null) {
            amount = advice.suggested().amount().toPlainString();
            FacesActions.attempt(() -> advice = metrics.limitAdvice(days, kind, chosen, advice.suggested().amount()));
        }
    }

    /** An admin's application of the limit worked out: the level may decide the kind alone up to the amount. */
    public String apply() {
        LimitAdvice applied = advice;
        if (applied == null || (monetaryKind(adviceKind) && applied.proposed() == null)) {
            FacesActions.error("Work out a limit first.");
            return null;
        }
        String currency = applied.proposed() == null ? null : applied.proposed().currency();
        BigDecimal max = applied.proposed() == null ? null : applied.proposed().amount();
        return FacesActions.attemptThen(() -> authorityLimits.setLimit(adviceKind, applied.level(), max, currency),
                applied.level().label() + "s may now decide a " + applied.kind().toLowerCase(Locale.ROOT)
                        + (max == null ? "" : " up to " + applied.proposed()) + " alone. The change is on the configuration audit chain.",
                "/metrics/advisor?faces-redirect=true&days=" + adviceDays + "&kind=" + URLEncoder.encode(adviceKind, StandardCharsets.UTF_8)
                        + "&level=" + applied.level().name());
    }

    /** An amount of the advice in its currency, "1,234.00 EUR"; a dash for a kind without amounts. */
    public String money(BigDecimal sum) {
        return advice == null || advice.proposed() == null ? "—"
                : String.format(Locale.ROOT, "%,.2f %s", sum, advice.proposed().currency());
    }

    private AuthorityLevel level() {
        if (level == null || level.isBlank()) {
            FacesActions.error("Choose the level whose limit to work out.");
            return null;
        }
        try {
            return AuthorityLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            FacesActions.error("There is no level \"" + level + "\".");
            return null;
        }
    }

    /** The amount asked about; an error on the page when it is not an amount. */
    private BigDecimal proposed() {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(amount.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            FacesActions.error("\"" + amount + "\" is not an amount: write it like 120 or 120.50.");
            return null;
        }
    }

    /** Whether the kind of the advice shown has an amount (a kind without one is granted or not). */
    public boolean monetary() {
        return monetaryKind(adviceKind != null ? adviceKind : kind);
    }

    private boolean monetaryKind(String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst().map(DecisionKindOption::monetary).orElse(true);
    }

    public LimitAdvice getAdvice() {
        return advice;
    }

    public List<DecisionKindOption> getKinds() {
        return kinds;
    }

    public List<AuthorityLevel> getLevels() {
        return LEVELS;
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
