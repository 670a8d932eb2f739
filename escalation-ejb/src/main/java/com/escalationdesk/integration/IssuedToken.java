package com.escalationdesk.integration;

import java.io.Serializable;

/** A token just issued, with its secret: the only time the secret is shown. */
public record IssuedToken(ApiTokenRow token, String secret) implements Serializable {
}
