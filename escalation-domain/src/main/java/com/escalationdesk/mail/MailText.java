package com.escalationdesk.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of an email as a note of its ticket: HTML made plain text, and the quoted history of an
 * answer left out (the ticket already holds it), cut to the length a note takes.
 */
public final class MailText {

    private static final Pattern QUOTE_INTRO = Pattern.compile(
            "^(On .{1,200} wrote:|Le .{1,200} a écrit :|Am .{1,200} schrieb .{1,100}:|-{2,}\\s*Original Message\\s*-{2,}|_{5,}|From: .+)$");
    private static final Pattern BLOCKS = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6])\\s*/?>");
    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

    private MailText() {
    }

    /** The text of an HTML body: blocks become lines, tags and scripts go, entities are read. */
    public static String fromHtml(String html) {
        String text = DROPPED.matcher(html).replaceAll("");
        text = BLOCKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** An answer's own words: from the line that introduces the quoted email on, and lines quoted with "&gt;", left out. */
    public static String withoutQuotedHistory(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (QUOTE_INTRO.matcher(trimmed).matches() && !kept.stream().allMatch(String::isBlank)) {
                break;
            }
            if (!trimmed.startsWith(">")) {
                kept.add(line);
            }
        }
        String own = String.join("\n", kept).strip();
        return own.isEmpty() ? text.strip() : own;
    }

    /** The text cut to {@code max} characters, saying so at its end. */
    public static String fitted(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String notice = "\n[… shortened: the email had " + text.length() + " characters]";
        return text.substring(0, max - notice.length()) + notice;
    }
}
