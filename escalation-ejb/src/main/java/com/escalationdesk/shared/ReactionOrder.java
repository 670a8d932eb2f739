package com.escalationdesk.shared;

/**
 * The order in which reactions to a ticket event run, as observer priorities (lower first): the
 * clocks move first, because the customer's email quotes their due times; the customer and the
 * people who must act hear of it after; records of what happened come last.
 */
public final class ReactionOrder {

    public static final int CLOCKS = 100;
    public static final int DECISIONS = 200;
    public static final int CUSTOMER = 300;
    public static final int PEOPLE = 400;
    public static final int RECORDS = 500;

    private ReactionOrder() {
    }
}
