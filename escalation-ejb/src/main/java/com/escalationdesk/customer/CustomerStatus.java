package com.escalationdesk.customer;

import com.escalationdesk.attachment.Attachment;
import com.escalationdesk.attachment.AttachmentContent;
import com.escalationdesk.attachment.AttachmentLimits;
import com.escalationdesk.attachment.AttachmentStore;
import com.escalationdesk.attachment.FileDownload;
import com.escalationdesk.attachment.NewFile;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.HandoffSummary;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.Notifier;
import com.escalationdesk.policy.PolicyEngine;
import com.escalationdesk.policy.PolicyFacts;
import com.escalationdesk.policy.PolicyStage;
import com.escalationdesk.policy.PolicyVerdict;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.sla.Responsibles;
import com.escalationdesk.sla.SlaClocks;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.ticket.Note;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.ticket.ResolutionFeedback;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketEvent;
import com.escalationdesk.ticket.TicketEvents;
import com.escalationdesk.ticket.TicketLookup;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.TierPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer's side of a case, reached without a login through a signed link from our emails.
 * The link is the only key: a forged or altered one is "not valid", an old one "expired", and
 * neither says whether the ticket exists. What the customer does is recorded as done by the
 * customer portal, on the ticket's audit chain.
 */
@Stateless
@Boundary
@PermitAll
public class CustomerStatus {

    public static final String NOT_VALID = "This link is not valid. Please use the link from our most recent email.";
    public static final String EXPIRED = "This link has expired. Please use the link from our most recent email,"
            + " or write to us and we will send you a new one.";

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private StatusLinkSigner signer;

    @Inject
    private CustomerNotices customerNotices;

    @Inject
    private SlaClocks serviceLevels;

    @Inject
    private PolicyEngine policy;

    @Inject
    private Notifier notifier;

    @Inject
    private AuditTrail audit;

    @Inject
    private TicketEvents events;

    @Inject
    private Clock clock;

    @Inject
    private Knowledge knowledge;

    @Inject
    private CustomerMessages messages;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup tickets;

    /** The files sent with the customer's request itself (an email's), under no note. */
    private static final long ON_THE_REQUEST = -1;

    public StatusPage view(String token) {
        return page(ticket(token));
    }

    /**
     * The case as its customer sees it on their status page, for staff who may see the ticket: to check
     * what the customer reads before answering them. Read-only; each look is on the ticket's audit trail.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public StatusPage asTheCustomerSeesIt(String ticketNumber) {
        Agent caller = callers.current();
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(caller, ticket);
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), caller.getLoginName(), AuditAction.CUSTOMER_VIEW_OPENED,
                caller.getDisplayName() + " opened the case as the customer sees it", null, null);
        return page(ticket);
    }

    /** The customer's answer: it resumes a case waiting on them (their update) and reopens a resolved one. */
    public StatusPage reply(String token, String text) {
        return reply(token, text, List.of());
    }

    /** The customer's answer with files, all or nothing: a file refused keeps the message back too. */
    public StatusPage reply(String token, String text, List<NewFile> attached) {
        Ticket ticket = ticket(token);
        Agent portal = portal();
        Note note = messages.wrote(ticket, portal, text, "on the status page");
        if (attached != null && !attached.isEmpty()) {
            attachments.add(ticket, note, attached, portal.getLoginName());
        }
        return page(ticket);
    }

    /** A file of the case that the customer may see: on a public reply, or sent by them. */
    public FileDownload file(String token, long fileId) {
        Ticket ticket = ticket(token);
        Attachment attachment = em.find(Attachment.class, fileId);
        if (attachment == null || !attachment.getTicket().getId().equals(ticket.getId()) || !attachment.isForCustomer()) {
            throw new NotFound("This file is not part of your case.");
        }
        return new FileDownload(attachment.getFileName(), attachment.getContentType(),
                em.find(AttachmentContent.class, fileId).getContent(), attachment.getSha256(), attachment.getKind().image());
    }

    /**
     * "I'd like a manager to look at this": a dissatisfaction escalation that the escalation policy
     * routes. When the policy sends the case to a team of a higher tier it goes there as an
     * escalation request; otherwise the leads of the team that has it review it.
     */
    public StatusPage askForEscalation(String token, String reason) {
        Ticket ticket = ticket(token);
        String why = RuleViolation.requireText(reason, "Please tell us why; your reason", 2000);
        Instant now = clock.instant();
        if (ticket.pendingEscalation().isPresent() || ticket.isUnderManagementReview()) {
            throw new RuleViolation("We already have your request; " + escalationNotice(ticket, page(ticket).stage()));
        }
        Map<String, Object> before = ticket.auditState();
        boolean escalatedBefore = !ticket.getEscalations().isEmpty();
        PolicyVerdict verdict = policy.verdict(PolicyStage.ESCALATION,
                PolicyFacts.of(ticket, now).withReason(EscalationReason.DISSATISFACTION));
        Team target = verdict.routeTo();
        String summary;
        TicketEvent raised = null;
        // An escalation goes up: a team the policy names at or below the current tier is no escalation.
        if (target != null && target.getTier().level() > ticket.getTeam().getTier().level()) {
            HandoffSummary handoff = new HandoffSummary(ticket.getSubject(), "The customer asked on the status page: " + why,
                    "Take the case over and answer the customer's concern.");
            Escalation escalation = ticket.escalateFunctionally(target, portal(), EscalationReason.DISSATISFACTION, handoff, now);
            escalation.governedBy(verdict.version(), verdict.ruleName(), target, verdict.acceptBy(now));
            em.persist(escalation);
            raised = new TicketEvent.Escalated(ticket, escalation, ticket.getCustomer().getName()
                    + " asked for escalation of " + ticket.getNumber() + " (" + ticket.getSubject() + "): " + why, now, false);
            summary = "Escalated to " + target.getName() + " at the customer's request, reason "
                    + EscalationReason.DISSATISFACTION.label() + ", under " + verdict.describe() + ": " + why;
        } else {
            ticket.requestManagementReview(now);
            serviceLevels.follow(ticket, now);
            Set<Agent> told = Responsibles.leadsOf(ticket, em.createNamedQuery(Agent.IN_TEAM, Agent.class)
                    .setParameter("team", ticket.getTeam()).getResultList());
            told.forEach(ticket::workedOnBy);
            notifier.tellAll(told, NotificationKind.ESCALATION_RECEIVED, ticket.getNumber(), ticket.getCustomer().getName()
                    + " asks for a manager to look at " + ticket.getNumber() + " (" + ticket.getSubject() + "): " + why);
            summary = "The customer asked for a manager (reason " + EscalationReason.DISSATISFACTION.label()
                    + "); the escalation policy routes it to no other team, so the leads of " + ticket.getTeam().getName()
                    + " review it" + (told.isEmpty() ? "" : ": " + String.join(", ", told.stream().map(Agent::getDisplayName).toList()))
                    + ". Reason: " + why;
        }
        StaleCheck.flush(em, "ticket " + ticket.getNumber());
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), Agent.PORTAL_LOGIN, AuditAction.CUSTOMER_ASKED_FOR_ESCALATION,
                summary, before, ticket.auditState());
        if (raised != null) {
            events.raise(raised);
        }
        events.raise(new TicketEvent.CustomerAskedForManager(ticket, escalatedBefore, now, false));
        return page(ticket);
    }

    public StatusPage rate(String token, int score, String comment) {
        return rate(token, score, comment, null);
    }

    /**
     * The survey about the current resolution: satisfaction (1 to 5, with a comment) and effort
     * (1 to 7), either or both; answered again, it replaces the answers about the same resolution.
     */
    public StatusPage rate(String token, Integer score, String comment, Integer effort) {
        Ticket ticket = ticket(token);
        ResolutionFeedback earlier = ticket.currentFeedback();
        Map<String, Object> before = earlier == null ? null : answers(earlier);
        ResolutionFeedback answered = ticket.answerSurvey(score, comment, effort, clock.instant());
        StaleCheck.flush(em, "ticket " + ticket.getNumber());
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), Agent.PORTAL_LOGIN, AuditAction.CUSTOMER_RATED,
                ticket.getCustomer().getName() + " rated resolution " + answered.resolution() + ": " + answered.describe(),
                before, answers(answered));
        events.raise(new TicketEvent.CustomerAnswered(ticket, answered, clock.instant(), false));
        return page(ticket);
    }

    private static Map<String, Object> answers(ResolutionFeedback f) {
        Map<String, Object> a = new java.util.LinkedHashMap<>();
        a.put("resolution", f.resolution());
        a.put("satisfaction", f.satisfaction());
        a.put("comment", f.comment());
        a.put("effort", f.effort());
        return a;
    }

    private Ticket ticket(String token) {
        StatusLinks.Check check = signer.links().check(token, clock.instant());
        if (check instanceof StatusLinks.Valid valid) {
            return em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", valid.ticketNumber())
                    .getResultStream().findFirst().orElseThrow(() -> new NotFound(NOT_VALID));
        }
        throw new NotFound(check instanceof StatusLinks.Expired ? EXPIRED : NOT_VALID);
    }

    private StatusPage page(Ticket ticket) {
        Instant now = clock.instant();
        ZoneId zone = ticket.getCustomer().zone();
        Map<Long, List<StatusPage.FileLink>> files = new HashMap<>();
        em.createNamedQuery(Attachment.OF_TICKET, Attachment.class).setParameter("ticket", ticket).getResultStream()
                .filter(Attachment::isForCustomer)
                .forEach(a -> files.computeIfAbsent(a.getNote() == null ? ON_THE_REQUEST : a.getNote().getId(), k -> new ArrayList<>())
                        .add(new StatusPage.FileLink(a.getId(), a.getFileName(), AttachmentLimits.readable(a.getSizeBytes()))));
        List<StatusPage.Message> conversation = new ArrayList<>();
        conversation.add(new StatusPage.Message(ticket.getCustomer().getName(), true, ticket.getDescription(),
                CustomerNotices.format(ticket.getCreatedAt(), zone), files.getOrDefault(ON_THE_REQUEST, List.of())));
        ticket.getNotes().stream().filter(n -> n.getVisibility().shownToCustomer())
                .sorted(Comparator.comparing(Note::getCreatedAt))
                .map(n -> n.getVisibility() == com.escalationdesk.ticket.NoteVisibility.CUSTOMER
                        ? new StatusPage.Message(ticket.getCustomer().getName(), true, n.getBody(), CustomerNotices.format(n.getCreatedAt(), zone),
                                files.getOrDefault(n.getId(), List.of()))
                        : new StatusPage.Message(n.getAuthor().getDisplayName() + " (support)", false, n.getBody(),
                                CustomerNotices.format(n.getCreatedAt(), zone), files.getOrDefault(n.getId(), List.of())))
                .forEach(conversation::add);
        TicketStatus status = ticket.getStatus();
        boolean open = status.isActive();
        CaseStage stage = customerNotices.stage(ticket);
        boolean requested = ticket.pendingEscalation().isPresent() || ticket.isUnderManagementReview();
        return new StatusPage(ticket.getNumber(), ticket.getSubject(), ticket.getCustomer().getName(),
                CaseStage.statusInWords(status), stage.label(),
                open ? customerNotices.due(ticket, SlaKind.RESOLUTION, now) : null,
                conversation, status != TicketStatus.CLOSED, open && !requested,
                requested ? escalationNotice(ticket, stage.label()) : null,
                status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED,
                ticket.currentFeedback() == null ? null : ticket.currentFeedback().satisfaction(),
                ticket.currentFeedback() == null ? null : ticket.currentFeedback().comment(),
                ticket.currentFeedback() == null ? null : ticket.currentFeedback().effort(),
                open ? knowledge.forCustomers(ticket.getSubject() + "\n" + java.util.Objects.toString(ticket.getDescription(), ""), 3).stream()
                        .map(a -> new StatusPage.HelpLink(a.number(), a.title())).toList() : List.of());
    }

    private String escalationNotice(Ticket ticket, String stage) {
        if (ticket.isUnderManagementReview()) {
            return "a team lead is reviewing your case and will contact you. Stage: " + stage + ".";
        }
        return "your case is being handed to " + ticket.getTeam().getName() + ", who will take it over and contact you.";
    }

    private Agent portal() {
        return em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", Agent.PORTAL_LOGIN)
                .getSingleResult();
    }
}
