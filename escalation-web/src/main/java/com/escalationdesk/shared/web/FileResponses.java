package com.escalationdesk.shared.web;

import com.escalationdesk.attachment.FileDownload;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * The header fields a file is sent with, wherever it is downloaded: saved, not opened in the page
 * ({@code Content-Disposition: attachment}, RFC 6266, with its name in UTF-8 too), of the type its
 * bytes showed and no other ({@code nosniff}), and sandboxed should a browser open it anyway. Only
 * a raster image may be shown inline, as a preview.
 */
public final class FileResponses {

    private FileResponses() {
    }

    public static void headers(FileDownload file, boolean inline, BiConsumer<String, String> header) {
        header.accept("Content-Type", file.contentType());
        header.accept("Content-Disposition", disposition(inline && file.image(), file.fileName()));
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        header.accept("Cache-Control", "private, no-cache");
        header.accept("ETag", "\"" + file.sha256() + "\"");
    }

    /** {@code attachment; filename="plain ASCII"; filename*=UTF-8''the%20name}. */
    public static String disposition(boolean inline, String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
