package com.escalationdesk.escalation;

/** The time a ticket spent at one tier. */
public record TierTime(String tier, String duration) {
}
