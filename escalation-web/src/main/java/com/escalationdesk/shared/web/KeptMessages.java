package com.escalationdesk.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Confirmations that outlive the redirect after an action ("Ticket ESC-1042 is yours."): kept in the
 * HTTP session and shown by the next page the user's session renders, the same one if it does not
 * redirect. Faces' flash would carry them in a cookie encrypted with a key that each server makes for
 * itself, so a confirmation whose next page came from the other of two servers was lost (and logged
 * as SEVERE); the session travels between servers.
 */
public class KeptMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "escalationdesk.keptMessages";

    static void keep(FacesMessage message) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        synchronized (external.getSession(true)) {
            @SuppressWarnings("unchecked")
            List<FacesMessage> kept = (List<FacesMessage>) external.getSessionMap().get(ATTRIBUTE);
            ArrayList<FacesMessage> more = kept == null ? new ArrayList<>() : new ArrayList<>(kept);
            more.add(message);
            // set again, not changed in place, so that a shared session store sees the change
            external.getSessionMap().put(ATTRIBUTE, more);
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        Object session = context.getExternalContext().getSession(false);
        if (session == null) {
            return;
        }
        List<?> kept;
        synchronized (session) {
            kept = (List<?>) context.getExternalContext().getSessionMap().remove(ATTRIBUTE);
        }
        if (kept != null) {
            kept.forEach(message -> context.addMessage(null, (FacesMessage) message));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // everything happens before the page is rendered
    }
}
