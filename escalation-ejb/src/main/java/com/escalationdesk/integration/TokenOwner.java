package com.escalationdesk.integration;

import java.io.Serializable;

/** Someone a token can be issued to: an active user, a person or an integration's account. */
public record TokenOwner(String login, String displayName, String roles) implements Serializable {

    /** "Web shop (webshop) · Agent". */
    public String label() {
        return displayName + " (" + login + ") · " + roles;
    }
}
