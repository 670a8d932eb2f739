package com.escalationdesk.directory;

import com.escalationdesk.ticket.Category;
import java.io.Serializable;
import java.util.Set;

/** A team as the admin writes it; the tier by its level. */
public record TeamInput(String name, Integer tierLevel, String description, Set<Category> categories) implements Serializable {
}
