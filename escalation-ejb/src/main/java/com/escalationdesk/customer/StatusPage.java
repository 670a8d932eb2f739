package com.escalationdesk.customer;

import java.io.Serializable;
import java.util.List;

/**
 * A case as its customer sees it on the status page: no agent names beyond who wrote a reply, no
 * internal notes, times in the customer's zone.
 */
public record StatusPage(String ticketNumber, String subject, String customer, String status, String stage,
        String expectedResolution, List<Message> conversation, boolean canReply, boolean canAskForEscalation,
        String escalationNotice, boolean canRate, Integer rating, String ratingComment, Integer effort,
        List<HelpLink> help) implements Serializable {

    /** A help article that may answer the case: validated, written for customers. */
    public record HelpLink(String number, String title) implements Serializable {
    }

    /** One message of the public conversation, oldest first, with its files. */
    public record Message(String from, boolean fromCustomer, String body, String at, List<FileLink> files) implements Serializable {
    }

    /** A file the customer may download from the status page. */
    public record FileLink(long id, String name, String size) implements Serializable {
    }
}
