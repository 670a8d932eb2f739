package com.escalationdesk.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem response: what went wrong, in words a developer can act on, and no internals. */
public record Problem(String type, String title, int status, String detail) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String title, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status.getStatusCode(), detail))
                .build();
    }
}
