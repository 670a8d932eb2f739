package com.escalationdesk.audit;

/** What happened, in the words the timeline shows. */
public enum AuditAction {
    TICKET_CREATED("Ticket created"),
    NOTE_ADDED("Internal note added"),
    REPLY_ADDED("Reply to customer added"),
    ESCALATED("Escalated"),
    ESCALATION_ACCEPTED("Escalation accepted"),
    ESCALATION_RETURNED("Escalation returned"),
    ESCALATION_WITHDRAWN("Escalation withdrawn"),
    PRIORITY_CHANGED("Priority changed"),
    TICKET_CLAIMED("Ticket claimed"),
    TICKET_REASSIGNED("Ticket reassigned"),
    WAITING_ON_CUSTOMER("Waiting on customer"),
    RESUMED("Resumed"),
    TICKET_RESOLVED("Ticket resolved"),
    TICKET_REOPENED("Ticket reopened"),
    TICKET_CLOSED("Ticket closed"),
    TICKET_LINKED("Related ticket linked"),
    TICKET_UNLINKED("Related ticket unlinked"),
    TICKET_MERGED("Merged as a duplicate"),
    DUPLICATE_MERGED_IN("Duplicate merged in"),
    DECISION_REQUESTED("Decision requested"),
    DECIDED_WITHIN_AUTHORITY("Decided within own authority"),
    DECISION_STEP_APPROVED("Approved at one level"),
    DECISION_APPROVED("Decision approved"),
    DECISION_REJECTED("Decision rejected"),
    DECISION_WITHDRAWN("Decision withdrawn"),
    DELEGATION_CREATED("Approvals delegated"),
    DELEGATION_REVOKED("Delegation revoked"),
    AUTHORITY_LIMIT_SET("Authority limit set"),
    AUTHORITY_LIMIT_REMOVED("Authority limit removed"),
    DECISION_KIND_ADDED("Decision kind added"),
    DECISION_KIND_RETIRED("Decision kind retired"),
    TIER_ADDED("Tier added"),
    TIER_RENAMED("Tier renamed"),
    TEAM_CREATED("Team created"),
    TEAM_CHANGED("Team changed"),
    CUSTOMER_CHANGED("Customer changed"),
    USER_CREATED("User created"),
    USER_CHANGED("User changed"),
    USER_DEACTIVATED("User deactivated"),
    USER_REACTIVATED("User reactivated"),
    SIGN_IN_UNLOCKED("Sign-in unlocked"),
    POLICY_DRAFTED("Policy draft started"),
    POLICY_RULE_ADDED("Policy rule added"),
    POLICY_RULE_REMOVED("Policy rule removed"),
    POLICY_RULE_MOVED("Policy rule moved"),
    POLICY_CHANGED("Policy changed"),
    POLICY_PUBLISHED("Policy published"),
    POLICY_DISCARDED("Policy draft discarded"),
    SLA_WARNING("Service level at risk"),
    SLA_BREACHED("Service level breached"),
    AUTO_ESCALATED("Escalated automatically"),
    CALENDAR_CREATED("Business calendar created"),
    CALENDAR_CHANGED("Business calendar changed"),
    SLA_POLICY_CREATED("Service-level policy created"),
    SLA_POLICY_CHANGED("Service-level policy changed"),
    BUSINESS_TIME_CORRECTED("Business time corrected"),
    NOTIFICATION_SETTINGS_CHANGED("Notification settings changed"),
    CUSTOMER_REPLIED("Customer replied"),
    CUSTOMER_ASKED_FOR_ESCALATION("Customer asked for escalation"),
    CUSTOMER_RATED("Customer rated the resolution"),
    CUSTOMER_EMAIL_CHANGED("Customer email template changed"),
    ARTICLE_CREATED("Knowledge article created"),
    ARTICLE_CHANGED("Knowledge article changed"),
    ARTICLE_STATE_CHANGED("Knowledge article state changed"),
    ARTICLE_LINKED("Knowledge article linked"),
    ARTICLE_UNLINKED("Knowledge article unlinked"),
    ARTICLE_FLAGGED("Knowledge article flagged"),
    ARTICLE_FLAG_CLOSED("Knowledge article flag answered");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
