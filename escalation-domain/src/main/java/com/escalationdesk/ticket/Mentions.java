package com.escalationdesk.ticket;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colleagues an internal note names as {@code @login}: "@bob, can you check the ledger?". An
 * email address (ann@example.com) names nobody, and a sentence's full stop after a name is not
 * part of it.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9][A-Za-z0-9._-]{0,59})");

    private Mentions() {
    }

    /** The logins named, lower case, in the order they first appear. */
    public static Set<String> in(String text) {
        Set<String> logins = new LinkedHashSet<>();
        if (text == null) {
            return logins;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String login = m.group(1).replaceAll("[._-]+$", "");
            if (!login.isEmpty()) {
                logins.add(login.toLowerCase(Locale.ROOT));
            }
        }
        return logins;
    }
}
