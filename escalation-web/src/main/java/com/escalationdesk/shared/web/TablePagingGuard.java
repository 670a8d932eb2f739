package com.escalationdesk.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table's paging as the browser sends it (PrimeFaces' {@code <table>_first} and {@code <table>_rows})
 * must be a whole number from 0 and a page of 1 to {@value #MAX_ROWS} rows: anything else is a
 * forged or broken request, refused with 400 and a plain sentence instead of failing inside the table.
 */
@WebFilter(servletNames = "Faces Servlet")
public class TablePagingGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int MAX_ROWS = 200;
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Reading the parameters fixes their encoding: the pages' forms send UTF-8, as Faces would read them.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String refusal = refusal(request.getParameterMap());
        if (refusal != null) {
            byte[] body = refusal.getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with the paging parameters, or null. */
    static String refusal(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            boolean first = p.getKey().endsWith("_first");
            boolean rows = p.getKey().endsWith("_rows");
            if (!first && !rows) {
                continue;
            }
            for (String value : p.getValue()) {
                if (value == null || !WHOLE.matcher(value).matches()) {
                    return "A table's " + (first ? "first row" : "page size") + " must be a whole number, not '"
                            + (value == null ? "" : value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'.";
                }
                if (rows && (Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_ROWS)) {
                    return "A table shows 1 to " + MAX_ROWS + " rows a page, not " + value + ".";
                }
            }
        }
        return null;
    }
}
