package com.escalationdesk.directory;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Teams, agents and customers: who works at the desk and whom it serves. */
@Stateless
@Boundary
public class Directory {

    /** How many customers a picker offers at once. */
    static final int MATCHES = 20;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    /**
     * Checks a login against the stored password hash; the groups it returns are the security roles.
     * An unknown or deactivated login costs the same hashing time as a known one, so the time of the
     * answer does not tell which login names exist. Open to everyone because it is how one signs in.
     */
    @PermitAll
    public Optional<Set<String>> authenticate(String loginName, char[] password) {
        Agent agent = loginName == null ? null : em.createNamedQuery(Agent.BY_LOGIN, Agent.class)
                .setParameter("loginName", loginName).getResultStream().findFirst().orElse(null);
        boolean matches = PasswordHash.matches(password, agent == null ? PasswordHash.UNMATCHABLE : agent.getPasswordHash());
        if (agent == null || !agent.isActive() || !matches) {
            return Optional.empty();
        }
        return Optional.of(agent.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public UserProfile me() {
        return UserProfile.of(callers.current());
    }

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<TeamOption> teams() {
        return em.createNamedQuery(Team.ALL, Team.class).getResultStream().map(TeamOption::of).toList();
    }

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<TierView> tiers() {
        return em.createNamedQuery(Tier.ALL, Tier.class).getResultStream().map(TierView::of).toList();
    }

    /**
     * The first customers whose name starts with the text, then those whose name or email contains it
     * (any case, each by name): what a picker offers as one types, searched in the database so that
     * it costs the same with 100,000 customers (see {@link CustomerSearch}).
     */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME})
    public List<CustomerOption> findCustomers(String text) {
        return CustomerSearch.first(em, text, MATCHES).stream().map(CustomerOption::of).toList();
    }

    /** The customer with this email address (any case), if the desk knows one. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME})
    public java.util.Optional<CustomerOption> customerByEmail(String email) {
        if (email == null || email.isBlank()) {
            return java.util.Optional.empty();
        }
        return em.createNamedQuery(Customer.BY_EMAIL, Customer.class).setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().map(CustomerOption::of);
    }

    /** One customer as a choice, e.g. the one a picker holds. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME})
    public CustomerOption customer(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new NotFound("That customer no longer exists.");
        }
        return CustomerOption.of(customer);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserProfile> users() {
        return em.createNamedQuery(Agent.ALL, Agent.class).getResultStream().map(UserProfile::of).toList();
    }
}
