package com.escalationdesk.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an EJB as a boundary: the screens, the API and other systems may call it, every public
 * operation carries {@code @RolesAllowed} or {@code @PermitAll} and checks the caller's team, tier
 * or token itself. Every other EJB is a helper that only boundaries call (the architecture tests
 * keep the web module off helpers; the authorization matrix finds its rows' boundaries by this mark).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Boundary {
}
