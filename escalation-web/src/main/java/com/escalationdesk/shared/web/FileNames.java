package com.escalationdesk.shared.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The name a client gave a file it sends. */
public final class FileNames {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("filename\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("filename\\s*=\\s*([^;\\s]+)", Pattern.CASE_INSENSITIVE);

    private FileNames() {
    }

    /** The {@code filename*} (RFC 5987) or {@code filename} of a Content-Disposition header, or null. */
    public static String fromDisposition(String header) {
        if (header == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            try {
                return URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a badly encoded name: the plain one below, if any
            }
        }
        Matcher quoted = QUOTED.matcher(header);
        if (quoted.find()) {
            return quoted.group(1);
        }
        Matcher bare = BARE.matcher(header);
        return bare.find() ? bare.group(1) : null;
    }
}
