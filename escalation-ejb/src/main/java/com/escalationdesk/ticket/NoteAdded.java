package com.escalationdesk.ticket;

import java.io.Serializable;
import java.util.List;

/**
 * A note just added: its id, the colleagues its {@code @login}s told (by name), and the names it
 * could not tell (nobody of that login, or somebody who may not see the ticket).
 */
public record NoteAdded(long id, List<String> told, List<String> notTold) implements Serializable {
}
