package com.escalationdesk.directory;

import com.escalationdesk.ticket.Category;
import java.io.Serializable;
import java.util.Set;

/** A team on the admin's directory screen. */
public record TeamRow(long id, String name, TierView tier, String description, Set<Category> categories, long members)
        implements Serializable {
}
