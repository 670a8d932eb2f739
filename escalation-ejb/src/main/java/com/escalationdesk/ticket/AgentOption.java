package com.escalationdesk.ticket;

import com.escalationdesk.directory.Agent;
import java.io.Serializable;

/** An agent as a choice on a form (reassigning a ticket within the team). */
public record AgentOption(String loginName, String displayName) implements Serializable {

    static AgentOption of(Agent a) {
        return new AgentOption(a.getLoginName(), a.getDisplayName());
    }
}
