package com.escalationdesk.signin;

import java.util.Set;

/** What a sign-in attempt came to: the caller's groups (their roles), or the words to show on the sign-in page. */
public sealed interface SignInOutcome {

    record Accepted(String login, Set<String> groups) implements SignInOutcome {
    }

    record Refused(String message) implements SignInOutcome {
    }

    /** A call that presented an API token: it runs as the token's owner, within the token's calls a minute. */
    record Bearer(String login, Set<String> groups, long tokenId, int requestsPerMinute) implements SignInOutcome {
    }
}
