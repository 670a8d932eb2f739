package com.escalationdesk.customer.web;

import com.escalationdesk.attachment.FileDownload;
import com.escalationdesk.customer.CustomerStatus;
import com.escalationdesk.shared.DomainException;
import com.escalationdesk.shared.web.FileResponses;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A file of the customer's case, downloaded from the status page by its signed link ({@code t}) and
 * the file's id ({@code f}): only the files the customer may see (on our public replies, or sent by
 * them), always saved rather than opened.
 */
@WebServlet("/status-file")
public class StatusFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerStatus status;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("f")));
        } catch (NumberFormatException e) {
            refuse(response, "This file is not part of your case.");
            return;
        }
        FileDownload file;
        try {
            file = status.file(request.getParameter("t"), id);
        } catch (DomainException e) {
            refuse(response, e.getMessage());
            return;
        }
        FileResponses.headers(file, false, response::setHeader);
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }

    private static void refuse(HttpServletResponse response, String why) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(why.getBytes(StandardCharsets.UTF_8));
    }
}
