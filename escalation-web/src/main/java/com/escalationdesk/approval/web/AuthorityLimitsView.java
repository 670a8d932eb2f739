package com.escalationdesk.approval.web;

import com.escalationdesk.approval.AuthorityLimits;
import com.escalationdesk.approval.DecisionKindRow;
import com.escalationdesk.approval.LimitRow;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The admin's authority limits and kinds of decision. */
@Named
@ViewScoped
public class AuthorityLimitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/authority?faces-redirect=true";

    @Inject
    private AuthorityLimits limits;

    private List<LimitRow> rows = List.of();
    private List<DecisionKindRow> kinds = List.of();
    private String kind;
    private AuthorityLevel level;
    private BigDecimal amount;
    private String currency = "EUR";
    private String newCode;
    private String newLabel;
    private boolean newMonetary = true;

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            rows = limits.limits();
            kinds = limits.kinds();
        });
    }

    public String setLimit() {
        return done(() -> limits.setLimit(kind, level, amount, currency), "Limit saved.");
    }

    public String remove(String kindCode, AuthorityLevel rowLevel) {
        return done(() -> limits.removeLimit(kindCode, rowLevel), "Limit removed.");
    }

    public String addKind() {
        return done(() -> limits.addKind(newCode, newLabel, newMonetary), "Kind of decision added.");
    }

    public String retire(String code) {
        return done(() -> limits.retireKind(code), "Kind of decision retired.");
    }

    private static String done(Runnable action, String confirmation) {
        return FacesActions.attemptThen(action, confirmation, PAGE);
    }

    public AuthorityLevel[] getLevels() {
        return AuthorityLevel.values();
    }

    public List<LimitRow> getRows() {
        return rows;
    }

    public List<DecisionKindRow> getKinds() {
        return kinds;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public AuthorityLevel getLevel() {
        return level;
    }

    public void setLevel(AuthorityLevel level) {
        this.level = level;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }

    public boolean isNewMonetary() {
        return newMonetary;
    }

    public void setNewMonetary(boolean newMonetary) {
        this.newMonetary = newMonetary;
    }
}
