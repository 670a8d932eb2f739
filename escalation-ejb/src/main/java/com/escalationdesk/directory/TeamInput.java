package com.escalationdesk.directory;

import com.escalationdesk.ticket.Category;
import java.io.Serializable;
import java.util.Set;

/** A team as the admin writes it. */
public record TeamInput(String name, Tier tier, String description, Set<Category> categories) implements Serializable {
}
