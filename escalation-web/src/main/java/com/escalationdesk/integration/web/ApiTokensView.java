package com.escalationdesk.integration.web;

import com.escalationdesk.integration.ApiTokenRow;
import com.escalationdesk.integration.ApiTokens;
import com.escalationdesk.integration.IssuedToken;
import com.escalationdesk.integration.TokenOwner;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The admin's API tokens: issue one to a user (its secret shown once), see each one's use, revoke. */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The lifetimes offered, in days. */
    private static final List<Integer> LIFETIMES = List.of(30, 90, 180, 366);

    @Inject
    private ApiTokens tokens;

    private List<ApiTokenRow> rows = List.of();
    private final Map<String, String> ownerLabels = new HashMap<>();
    private String owner;
    private String name;
    private int days = 90;
    private Integer perMinute = com.escalationdesk.integration.ApiToken.DEFAULT_PER_MINUTE;
    // transient: the secret stays in this server's memory for the page, never in a shared or stored session
    private transient IssuedToken issued;

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> rows = tokens.all());
    }

    /** The logins of the active users matching what was typed, for the owner's picker. */
    public List<String> findOwners(String text) {
        List<TokenOwner> found = tokens.owners(text);
        found.forEach(o -> ownerLabels.put(o.login(), o.label()));
        return found.stream().map(TokenOwner::login).toList();
    }

    public String ownerLabel(String login) {
        return ownerLabels.getOrDefault(login, login);
    }

    /** Issues the token and keeps its secret on this page only, to be copied now. */
    public void issue() {
        IssuedToken[] made = new IssuedToken[1];
        if (FacesActions.attempt(() -> made[0] = tokens.issue(owner, name, days,
                perMinute == null ? com.escalationdesk.integration.ApiToken.DEFAULT_PER_MINUTE : perMinute))) {
            issued = made[0];
            owner = null;
            name = null;
            FacesActions.info("Token “" + issued.token().name() + "” issued to " + issued.token().ownerLogin()
                    + ". Copy it now: it is not shown again.");
            load();
        }
    }

    public void revoke(long id) {
        if (FacesActions.attempt(() -> tokens.revoke(id))) {
            issued = issued != null && issued.token().id() == id ? null : issued;
            FacesActions.info("Token revoked: calls with it are refused from now on.");
            load();
        }
    }

    public List<ApiTokenRow> getRows() {
        return rows;
    }

    public List<Integer> getLifetimes() {
        return LIFETIMES;
    }

    public IssuedToken getIssued() {
        return issued;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public Integer getPerMinute() {
        return perMinute;
    }

    public void setPerMinute(Integer perMinute) {
        this.perMinute = perMinute;
    }
}
