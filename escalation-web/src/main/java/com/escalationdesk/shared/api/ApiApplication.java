package com.escalationdesk.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The integration API. The same EJB boundaries as the screens decide what each caller may do. Its
 * resources are application-scoped: they hold only the boundaries they call, and one instance each
 * spares injecting every boundary again into every request.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {

    /** No generated WADL: it would describe the server's JAX-RS implementation to anyone who asks. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
