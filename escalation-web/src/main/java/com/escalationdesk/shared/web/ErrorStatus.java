package com.escalationdesk.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * For the error pages: the status that fits the failure (an error page reached through an
 * exception otherwise answers 500), and the page the user had asked for, to open it again.
 */
@Named
@RequestScoped
public class ErrorStatus {

    public void set(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }

    /** The address of the page that failed, within this application; its start page otherwise. */
    public String getPageAsked() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        String context = external.getRequestContextPath();
        return uri instanceof String path && path.startsWith(context + "/") && !path.startsWith(context + "/error/")
                ? path : context + "/index.xhtml";
    }
}
