package com.escalationdesk.shared.api;

import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.DomainException;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleVersion;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of an API call becomes a problem response; stack traces stay in the server log. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof MissingFields missing) {
            return Problem.response(422, "Fields missing", missing.getMessage(), missing.errors());
        }
        if (cause instanceof InvalidInput invalid) {
            return Problem.response(400, "Bad request", invalid.getMessage(), invalid.errors());
        }
        if (cause instanceof AccessRefused refused) {
            return Problem.response(Status.FORBIDDEN, "Not allowed", refused.getMessage());
        }
        if (cause instanceof NotFound missing) {
            return Problem.response(Status.NOT_FOUND, "Not found", missing.getMessage());
        }
        if (cause instanceof StaleVersion stale) {
            return Problem.response(Status.PRECONDITION_FAILED, "Changed since you read it", stale.getMessage());
        }
        if (cause instanceof RuleViolation violation) {
            return Problem.response(Status.CONFLICT, "Refused by a business rule", violation.getMessage());
        }
        if (isRoleRefusal(cause)) {
            return security.getUserPrincipal() == null
                    ? Problem.response(Status.UNAUTHORIZED, "Not signed in", "Sign in to use the API.")
                    : Problem.response(Status.FORBIDDEN, "Not allowed", "Your role does not allow this operation.");
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.response(Status.CONFLICT, "Changed at the same time",
                    "Someone else changed it at the same moment and nothing of yours was saved; read it again and retry.");
        }
        if (cause instanceof WebApplicationException web) {
            // JAX-RS's own refusals (unknown path 404, wrong method 405, 406, 415): the status as it is,
            // in words that name no class of ours.
            Status status = Status.fromStatusCode(web.getResponse().getStatus());
            int code = status == null ? 400 : status.getStatusCode();
            return Problem.response(code, status == null ? "Bad request" : status.getReasonPhrase(),
                    code == 400 ? web.getMessage() : status.getReasonPhrase() + ".", null);
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", failure);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "Internal error",
                "The request failed on our side and nothing was saved.");
    }

    /** The container's @RolesAllowed refusal: EJBAccessException, or AccessLocalException through a local view. */
    static boolean isRoleRefusal(Throwable t) {
        return t instanceof EJBAccessException || t instanceof AccessLocalException;
    }

    private static Throwable unwrap(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DomainException || c instanceof InvalidInput || c instanceof MissingFields || isRoleRefusal(c)
                    || c instanceof OptimisticLockException) {
                return c;
            }
        }
        return t;
    }
}
