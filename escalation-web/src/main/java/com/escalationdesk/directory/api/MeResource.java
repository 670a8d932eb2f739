package com.escalationdesk.directory.api;

import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the caller is, as the desk sees them: the first call an integration makes with a new token. */
@ApplicationScoped
@Path("me")
public class MeResource {

    /** The caller: login, name, team and its tier, roles (sorted). */
    public record Me(String login, String name, String team, Integer tier, List<String> roles) {

        static Me of(UserProfile p) {
            return new Me(p.loginName(), p.displayName(), p.teamName(), p.tier() == null ? null : p.tier().level(),
                    p.roles().stream().map(Enum::name).sorted().toList());
        }
    }

    @Inject
    private Directory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        return Me.of(directory.me());
    }
}
