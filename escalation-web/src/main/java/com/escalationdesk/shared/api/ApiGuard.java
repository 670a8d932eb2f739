package com.escalationdesk.shared.api;

import com.escalationdesk.shared.web.SessionSignIn;
import com.escalationdesk.signin.SignInOutcome;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The API's door, before JAX-RS reads anything: an anonymous call is refused without reading its
 * body; a call that changes something with the session's cookie must come from our own origin (a
 * cookie is sent cross-site, a foreign Origin or Sec-Fetch-Site is not; a bearer token is never sent
 * on its own) and carry JSON (a cross-site form cannot); a body is
 * at most {@value #MAX_BODY} bytes and nested at most {@value #MAX_DEPTH} deep; a token's calls beyond
 * its calls a minute are answered 429 ({@link ApiRateLimits}).
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int MAX_BODY = 1024 * 1024;
    static final int MAX_DEPTH = 32;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final java.util.regex.Pattern FILE_UPLOAD = java.util.regex.Pattern.compile("/api/v1/tickets/[^/]+/attachments/?");
    /** Made once, when first needed: {@code Json.createObjectBuilder} looks the JSON provider up on every call. */
    private static final class Builders {
        static final jakarta.json.JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());
    }

    @Inject
    private ApiRateLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            // Closing the connection spares reading a body nobody will use.
            response.setHeader("Connection", "close");
            Object refused = request.getAttribute(SessionSignIn.BEARER_REFUSAL);
            if (refused != null) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"escalation-desk\", error=\"invalid_token\", error_description=\""
                        + refused + "\"");
                refuse(response, 401, "Token refused", refused + " Ask an admin for a token.", null);
            } else {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"escalation-desk\"");
                refuse(response, 401, "Not signed in", "Sign in to use the API, or send an API token as Authorization: Bearer.", null);
            }
            return;
        }
        if (request.getAttribute(SessionSignIn.BEARER) instanceof SignInOutcome.Bearer bearer) {
            ApiRateLimits.Verdict verdict = limits.take(bearer.tokenId(), bearer.requestsPerMinute());
            response.setHeader("X-RateLimit-Limit", bearer.requestsPerMinute() + "/min");
            response.setHeader("X-RateLimit-Remaining", Long.toString(verdict.remaining()));
            if (!verdict.allowed()) {
                response.setHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()));
                refuse(response, 429, "Too many requests", "This token may make " + bearer.requestsPerMinute()
                        + " calls a minute; retry in " + verdict.retryAfterSeconds() + " s.", null);
                return;
            }
        }
        if (SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // a bearer token is never sent by a browser on its own, so a call with one cannot be forged cross-site
        String crossSite = request.getAttribute(SessionSignIn.BEARER) != null ? null : crossSiteRefusal(request);
        if (crossSite != null) {
            refuse(response, 403, "Cross-site request refused", crossSite, null);
            return;
        }
        if (isBodilessDelete(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (isFileUpload(request)) {
            // a file of any type; the resource reads no more than the desk's size limit allows
            chain.doFilter(request, response);
            return;
        }
        if (!isJson(request.getContentType())) {
            refuse(response, 415, "Unsupported media type", "Send the body as application/json"
                    + (request.getContentType() == null ? "" : ", not " + request.getContentType()) + ".", null);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            response.setHeader("Connection", "close");
            refuse(response, 413, "Body too large", "A body may have at most " + MAX_BODY + " bytes.", null);
            return;
        }
        byte[] body = read(request.getInputStream());
        if (body == null) {
            response.setHeader("Connection", "close");
            refuse(response, 413, "Body too large", "A body may have at most " + MAX_BODY + " bytes.", null);
            return;
        }
        if (depth(body) > MAX_DEPTH) {
            refuse(response, 400, "Bad request", "The JSON is nested more than " + MAX_DEPTH + " deep.",
                    List.of(new FieldError("body", "Nested more than " + MAX_DEPTH + " deep.")));
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    /** Why a state-changing call is refused as cross-site, or null when it comes from our own pages or no browser. */
    static String crossSiteRefusal(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return "The browser says this call comes from another site (" + site + ").";
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameAuthority(origin, request.getHeader("Host"))) {
            return "Calls that change something are taken only from this desk's own pages, not from " + origin + ".";
        }
        return null;
    }

    private static boolean sameAuthority(String origin, String host) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A file sent to a ticket ({@code POST /api/v1/tickets/{number}/attachments}): its bytes are the body. */
    static boolean isFileUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getMethod().equals("POST") && FILE_UPLOAD.matcher(path).matches();
    }

    /** A DELETE names what it removes in its path and carries nothing, so it needs no JSON type. */
    static boolean isBodilessDelete(HttpServletRequest request) {
        return request.getMethod().equals("DELETE") && request.getContentType() == null && request.getContentLengthLong() <= 0
                && request.getHeader("Transfer-Encoding") == null;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** The whole body, or null when it is longer than allowed. */
    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n; (n = in.read(chunk)) != -1; ) {
            if (out.size() + n > MAX_BODY) {
                return null;
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** How deep the JSON's arrays and objects nest, brackets inside strings not counted. */
    static int depth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }

    static void refuse(HttpServletResponse response, int status, String title, String detail, List<FieldError> errors)
            throws IOException {
        JsonObjectBuilder problem = Builders.JSON.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("detail", detail);
        if (errors != null) {
            JsonArrayBuilder list = Builders.JSON.createArrayBuilder();
            errors.forEach(e -> list.add(Builders.JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            problem.add("errors", list);
        }
        byte[] bytes = problem.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The request with its body already read, so that JAX-RS reads the same bytes again. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body was read already");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
