package com.escalationdesk.directory.web;

import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.DirectoryAdmin;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.TeamInput;
import com.escalationdesk.directory.TeamRow;
import com.escalationdesk.directory.TierView;
import com.escalationdesk.directory.UserInput;
import com.escalationdesk.directory.UserRow;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.Category;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** The admin's teams and users: lists, and one form each to create or change. */
@Named
@ViewScoped
public class DirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/directory?faces-redirect=true";

    @Inject
    private DirectoryAdmin admin;

    private List<TeamRow> teams = List.of();
    private List<UserRow> users = List.of();
    /** The users the table's search leaves, kept by the table itself. */
    private List<UserRow> filteredUsers;
    private List<TierView> tiers = List.of();

    private Integer editedTierLevel;
    private String tierName;
    private String tierDescription;
    private String tierCost;
    private String tierCurrency;

    private Long editedTeamId;
    private String teamName;
    private Integer teamTierLevel = 1;
    private String teamDescription;
    private Category[] teamCategories = new Category[0];

    private String editedLogin;
    private String loginName;
    private String displayName;
    private String email;
    private Long teamId;
    private Role[] roles = {Role.AGENT};
    private AuthorityLevel approvalLevel;
    /** "" follows the tier; "true" or "false" is the admin's decision. */
    private String knowledgeReviewer = "";
    private String managerLogin;
    private String password;

    private String integrationLogin;
    private String integrationName;
    private Long integrationTeamId;

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            // the tables sort these lists in place
            teams = new java.util.ArrayList<>(admin.teams());
            users = new java.util.ArrayList<>(admin.users());
            tiers = admin.tiers();
        });
    }

    public void editTeam(TeamRow t) {
        editedTeamId = t.id();
        teamName = t.name();
        teamTierLevel = t.tier().level();
        teamDescription = t.description();
        teamCategories = t.categories().toArray(new Category[0]);
    }

    public String saveTeam() {
        TeamInput input = new TeamInput(teamName, teamTierLevel, teamDescription,
                teamCategories == null || teamCategories.length == 0 ? EnumSet.noneOf(Category.class)
                        : EnumSet.copyOf(Arrays.asList(teamCategories)));
        return editedTeamId == null
                ? done(() -> admin.createTeam(input), "Team " + teamName + " created.")
                : done(() -> admin.updateTeam(editedTeamId, input), "Team " + teamName + " saved.");
    }

    public void editTier(TierView t) {
        editedTierLevel = t.level();
        tierName = t.name();
        tierDescription = t.description();
        tierCost = t.costAmount() == null ? null : t.costAmount().toPlainString();
        tierCurrency = t.costCurrency();
    }

    public String saveTier() {
        return editedTierLevel == null
                ? done(() -> admin.addTier(tierName, tierDescription), "Tier " + tierName + " added.")
                : done(() -> admin.editTier(editedTierLevel, tierName, tierDescription,
                        tierCost == null || tierCost.isBlank() ? null : amount(tierCost), tierCurrency), "Tier " + editedTierLevel + " saved.");
    }

    public void editUser(UserRow u) {
        editedLogin = u.loginName();
        loginName = u.loginName();
        displayName = u.displayName();
        email = u.email();
        teamId = u.teamId();
        roles = u.roles().toArray(new Role[0]);
        approvalLevel = u.approvalLevel();
        managerLogin = u.managerLogin();
        knowledgeReviewer = u.knowledgeReviewer() == null ? "" : u.knowledgeReviewer().toString();
        password = null;
    }

    public String saveUser() {
        UserInput input = new UserInput(loginName, displayName, email, teamId,
                roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)),
                approvalLevel, managerLogin, knowledgeReviewer == null || knowledgeReviewer.isEmpty() ? null
                        : Boolean.valueOf(knowledgeReviewer));
        if (editedLogin == null) {
            char[] secret = password == null ? new char[0] : password.toCharArray();
            password = null;
            return done(() -> admin.createUser(input, secret), "User " + loginName + " created.");
        }
        return done(() -> admin.updateUser(editedLogin, input), "User " + editedLogin + " saved.");
    }

    public String setActive(String login, boolean active) {
        return done(() -> admin.setActive(login, active), "User " + login + (active ? " reactivated." : " deactivated."));
    }

    public String unlockSignIn(String login) {
        return done(() -> admin.unlockSignIn(login), "Sign-in unlocked for " + login + ".");
    }

    public String cancel() {
        return PAGE;
    }

    public String createIntegration() {
        String login = integrationLogin;
        return done(() -> admin.createIntegration(login, integrationName, integrationTeamId), "Integration account " + login
                + " created. Issue it a token under API tokens.");
    }

    public String getIntegrationLogin() {
        return integrationLogin;
    }

    public void setIntegrationLogin(String integrationLogin) {
        this.integrationLogin = integrationLogin;
    }

    public String getIntegrationName() {
        return integrationName;
    }

    public void setIntegrationName(String integrationName) {
        this.integrationName = integrationName;
    }

    public Long getIntegrationTeamId() {
        return integrationTeamId;
    }

    public void setIntegrationTeamId(Long integrationTeamId) {
        this.integrationTeamId = integrationTeamId;
    }

    private static String done(Runnable action, String confirmation) {
        return FacesActions.attemptThen(action, confirmation, PAGE);
    }

    /** The categories a team owns, in words, as the table's export writes them. */
    public String categoriesOf(TeamRow t) {
        return t.categories().stream().map(Category::label).collect(Collectors.joining(", "));
    }

    public List<TeamRow> getTeams() {
        return teams;
    }

    public List<UserRow> getFilteredUsers() {
        return filteredUsers;
    }

    public void setFilteredUsers(List<UserRow> filteredUsers) {
        this.filteredUsers = filteredUsers;
    }

    /** The users table's search: every word typed in the login, name, email, team or roles, any case. */
    public boolean userMatches(Object value, Object filter, java.util.Locale locale) {
        String typed = filter == null ? "" : filter.toString().strip().toLowerCase(java.util.Locale.ROOT);
        if (typed.isEmpty() || !(value instanceof UserRow u)) {
            return true;
        }
        String text = String.join(" ", u.loginName(), u.displayName(), u.email() == null ? "" : u.email(),
                u.teamName() == null ? "" : u.teamName(), u.rolesText()).toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(typed.split("\\s+")).allMatch(text::contains);
    }

    public List<UserRow> getUsers() {
        return users;
    }

    public List<UserRow> getManagers() {
        return users.stream().filter(u -> u.active() && u.roles().contains(Role.MANAGER)).toList();
    }

    private static java.math.BigDecimal amount(String text) {
        try {
            return new java.math.BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new com.escalationdesk.shared.RuleViolation("The cost per handled ticket is an amount such as 69 or 69.50.");
        }
    }

    public String getTierCost() {
        return tierCost;
    }

    public void setTierCost(String tierCost) {
        this.tierCost = tierCost;
    }

    public String getTierCurrency() {
        return tierCurrency;
    }

    public void setTierCurrency(String tierCurrency) {
        this.tierCurrency = tierCurrency;
    }

    public List<TierView> getTiers() {
        return tiers;
    }

    public Integer getEditedTierLevel() {
        return editedTierLevel;
    }

    public String getTierName() {
        return tierName;
    }

    public void setTierName(String tierName) {
        this.tierName = tierName;
    }

    public String getTierDescription() {
        return tierDescription;
    }

    public void setTierDescription(String tierDescription) {
        this.tierDescription = tierDescription;
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<AuthorityLevel> getApprovalLevels() {
        return Arrays.stream(AuthorityLevel.values()).filter(AuthorityLevel::approves).toList();
    }

    public Long getEditedTeamId() {
        return editedTeamId;
    }

    public String getEditedLogin() {
        return editedLogin;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public Integer getTeamTierLevel() {
        return teamTierLevel;
    }

    public void setTeamTierLevel(Integer teamTierLevel) {
        this.teamTierLevel = teamTierLevel;
    }

    public String getTeamDescription() {
        return teamDescription;
    }

    public void setTeamDescription(String teamDescription) {
        this.teamDescription = teamDescription;
    }

    public Category[] getTeamCategories() {
        return teamCategories;
    }

    public void setTeamCategories(Category[] teamCategories) {
        this.teamCategories = teamCategories;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getKnowledgeReviewer() {
        return knowledgeReviewer;
    }

    public void setKnowledgeReviewer(String knowledgeReviewer) {
        this.knowledgeReviewer = knowledgeReviewer;
    }

    public AuthorityLevel getApprovalLevel() {
        return approvalLevel;
    }

    public void setApprovalLevel(AuthorityLevel approvalLevel) {
        this.approvalLevel = approvalLevel;
    }

    public String getManagerLogin() {
        return managerLogin;
    }

    public void setManagerLogin(String managerLogin) {
        this.managerLogin = managerLogin;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
