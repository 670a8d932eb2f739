package com.escalationdesk.shared;

/** The request breaks a business rule: a missing field, or a transition the current state does not allow. */
public final class RuleViolation extends DomainException {

    public RuleViolation(String message) {
        super(message);
    }

    /** Refuses a blank text with a message naming the field, and returns the trimmed text otherwise. */
    public static String requireText(String value, String fieldLabel, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(fieldLabel + " is required.");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new RuleViolation(fieldLabel + " must be at most " + maxLength + " characters.");
        }
        return trimmed;
    }

    public static <T> T require(T value, String fieldLabel) {
        if (value == null) {
            throw new RuleViolation(fieldLabel + " is required.");
        }
        return value;
    }
}
