package com.escalationdesk.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The integration API. The same EJB boundaries as the screens decide what each caller may do. */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
