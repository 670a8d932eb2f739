package com.escalationdesk.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.primefaces.csp.CspException;

/**
 * A form sent from a page the server no longer holds (idle too long, a redeploy, another session's
 * form, or a form without the nonce of the page it came from) answers 400 with a page that says
 * nothing was saved and links back to it; an Ajax request is told to reload its page. Handled here,
 * outside Faces, so that the answer needs no view and no script nonce of its own.
 */
@WebFilter(servletNames = "Faces Servlet")
public class ExpiredPage extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!expired(e) || response.isCommitted()) {
                throw e;
            }
            answer(request, response);
        }
    }

    private static boolean expired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        String page = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String body;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + escape(page)
                    + "\"/></partial-response>";
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html;charset=UTF-8");
            String start = request.getContextPath() + "/index.xhtml";
            body = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Page expired · Escalation Desk</title>"
                    + "<link rel=\"stylesheet\" href=\"" + escape(request.getContextPath())
                    + "/jakarta.faces.resource/css/desk.css.xhtml\"></head><body><div class=\"desk-login\">"
                    + "<h1 id=\"expiredTitle\">This page had expired</h1><p>The server no longer held the page you sent from"
                    + " (you may have been away for a while, or signed in again meanwhile), so <strong>nothing was saved"
                    + "</strong>. Open the page again and repeat what you did.</p><p><a id=\"openAgain\" href=\""
                    + escape(page) + "\">Open the page again</a> · <a href=\"" + escape(start) + "\">Your start page</a></p>"
                    + "</div></body></html>";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
