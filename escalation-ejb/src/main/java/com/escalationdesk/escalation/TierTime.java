package com.escalationdesk.escalation;

import java.io.Serializable;
/** The time a ticket spent at one tier. */
public record TierTime(String tier, String duration) implements Serializable {
}
