package com.escalationdesk.shared.web;

import com.escalationdesk.shared.DomainException;
import com.escalationdesk.shared.StaleCheck;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a service call for a screen and turns a refusal into a faces message the user can read,
 * never a stack trace. Returns whether the call went through.
 */
public final class FacesActions {

    private static final Logger LOG = Logger.getLogger(FacesActions.class.getName());

    private FacesActions() {
    }

    public static boolean attempt(Runnable action) {
        String failure = failureOf(action);
        if (failure != null) {
            error(failure);
        }
        return failure == null;
    }

    /** Runs an action: null if it succeeded, else what to tell the user about why it did not (logged when unexpected). */
    public static String failureOf(Runnable action) {
        try {
            action.run();
            return null;
        } catch (DomainException e) {
            return e.getMessage();
        } catch (EJBAccessException | AccessLocalException e) {
            return "Your role does not allow that.";
        } catch (EJBException e) {
            if (StaleCheck.raced(e)) {
                return "Someone else changed this just now; reload the page and try again.";
            }
            LOG.log(Level.SEVERE, "Unexpected failure of a service call", e);
            return "Something went wrong on our side and nothing was saved. Please try again.";
        }
    }

    /**
     * Runs an action; on success confirms it and returns the outcome to show next (a redirect, so a
     * reload never repeats it), otherwise stays on the page with the error message (null).
     */
    public static String attemptThen(Runnable action, String confirmation, String outcome) {
        if (!attempt(action)) {
            return null;
        }
        info(confirmation);
        return outcome;
    }

    /** A confirmation, shown by the next page rendered: after the redirect, or this one if there is none. */
    public static void info(String text) {
        KeptMessages.keep(new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A warning shown by the next page rendered, as {@link #info} is: a follow-up that failed after the action it followed was committed. */
    public static void warnAfterwards(String text) {
        KeptMessages.keep(new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
