package com.escalationdesk.testing;

import com.escalationdesk.ticket.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A reaction that only writes down what it hears, as a new reaction (metrics, webhooks) would
 * subscribe: the proof that commands raise their events without being wired to this one.
 */
@ApplicationScoped
public class RecordedTicketEvents {

    private final List<String> heard = new CopyOnWriteArrayList<>();

    void on(@Observes TicketEvent event) {
        heard.add(event.getClass().getSimpleName() + " " + event.ticket().getNumber() + (event.history() ? " (history)" : ""));
    }

    /** What was heard about one ticket, in order. */
    public List<String> about(String ticketNumber) {
        return heard.stream().filter(e -> e.contains(" " + ticketNumber)).map(e -> e.replace(" " + ticketNumber, "")).toList();
    }

    /** Forgets everything heard, as a fresh server would not have heard it. */
    public void forget() {
        heard.clear();
    }

    /** Everything heard so far, e.g. the events of loading the demo desk. */
    List<String> heardSoFar() {
        return List.copyOf(heard);
    }

    /** Forgets everything but what is given, as heard by a server that just loaded the desk again. */
    void forgetAllBut(List<String> kept) {
        heard.clear();
        heard.addAll(kept);
    }
}
