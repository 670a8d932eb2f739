package com.escalationdesk.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file is, told by its first bytes and never by its name: the kinds a help desk takes
 * (images, PDF, office documents, archives, text, email), each with the content type it is served
 * as and the name endings that may claim it. A file whose bytes match none is refused, and so is a
 * name that claims another kind than its bytes show (a program named invoice.pdf).
 */
public enum FileKind {
    PNG("image/png", true, List.of("png")),
    JPEG("image/jpeg", true, List.of("jpg", "jpeg", "jpe", "jfif")),
    GIF("image/gif", true, List.of("gif")),
    WEBP("image/webp", true, List.of("webp")),
    PDF("application/pdf", false, List.of("pdf")),
    /** Word, Excel and PowerPoint documents of Office 2007 on, and OpenDocument: ZIP archives inside. */
    OFFICE_DOCUMENT("application/zip", false, List.of("docx", "xlsx", "pptx", "odt", "ods", "odp")),
    ZIP("application/zip", false, List.of("zip")),
    /** An email saved as a file (RFC 5322), as mail clients forward and save them. */
    EMAIL("message/rfc822", false, List.of("eml")),
    /** Plain UTF-8 text without control characters: notes, logs, CSV, JSON. */
    TEXT("text/plain; charset=UTF-8", false, List.of("txt", "log", "csv", "json", "xml", "md", "ini", "conf", "cfg", "yaml", "yml"));

    private final String contentType;
    private final boolean image;
    private final List<String> endings;

    FileKind(String contentType, boolean image, List<String> endings) {
        this.contentType = contentType;
        this.image = image;
        this.endings = endings;
    }

    public String contentType() {
        return contentType;
    }

    /** The content type a file of this kind with this name is served as: an office document's by its ending. */
    public String contentType(String fileName) {
        if (this != OFFICE_DOCUMENT) {
            return contentType;
        }
        return switch (ending(fileName)) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "odt" -> "application/vnd.oasis.opendocument.text";
            case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
            case "odp" -> "application/vnd.oasis.opendocument.presentation";
            default -> contentType;
        };
    }

    /** Shown as a preview on the pages: only raster images, never SVG or HTML (which may carry script). */
    public boolean image() {
        return image;
    }

    /** The kind the bytes show, or empty when they show none the desk takes. */
    public static Optional<FileKind> of(byte[] bytes) {
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(bytes, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9') && bytes[5] == 'a') {
            return Optional.of(GIF);
        }
        if (starts(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12 && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B'
                && bytes[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (starts(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(bytes, 'P', 'K', 3, 4) || starts(bytes, 'P', 'K', 5, 6)) {
            return Optional.of(ZIP);
        }
        if (text(bytes)) {
            return Optional.of(email(bytes) ? EMAIL : TEXT);
        }
        return Optional.empty();
    }

    /**
     * The kind of a named file, from its bytes: a ZIP named as an office document is one; a name
     * ending that belongs to another kind than the bytes show is refused (empty).
     */
    public static Optional<FileKind> of(String fileName, byte[] bytes) {
        Optional<FileKind> byContent = of(bytes);
        if (byContent.isEmpty()) {
            return byContent;
        }
        String ending = ending(fileName);
        FileKind kind = byContent.get();
        if (kind == ZIP && OFFICE_DOCUMENT.endings.contains(ending)) {
            return Optional.of(OFFICE_DOCUMENT);
        }
        if (kind == TEXT && EMAIL.endings.contains(ending)) {
            return Optional.of(EMAIL);
        }
        if (kind == EMAIL && TEXT.endings.contains(ending)) {
            return Optional.of(TEXT);
        }
        boolean claimsAnother = !ending.isEmpty() && !kind.endings.contains(ending)
                && java.util.Arrays.stream(values()).anyMatch(k -> k.endings.contains(ending));
        boolean unknownEndingOnBinary = !ending.isEmpty() && kind != TEXT && !kind.endings.contains(ending)
                && java.util.Arrays.stream(values()).noneMatch(k -> k.endings.contains(ending));
        return claimsAnother || unknownEndingOnBinary ? Optional.empty() : byContent;
    }

    /** The part of the name after its last dot, lower case; empty when there is none. */
    public static String ending(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8 (a BOM allowed) with no control characters but tab, line feed, carriage return and form feed. */
    private static boolean text(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Text that begins with header fields and has a From: and a Date: or a Subject: among them. */
    private static boolean email(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_8);
        int end = head.indexOf("\r\n\r\n") >= 0 ? head.indexOf("\r\n\r\n") : head.indexOf("\n\n");
        if (end <= 0) {
            return false;
        }
        String[] lines = head.substring(0, end).split("\r?\n");
        boolean from = false;
        boolean dateOrSubject = false;
        for (String line : lines) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.matches("^[!-9;-~]+:.*")) {
                return false;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            from |= lower.startsWith("from:");
            dateOrSubject |= lower.startsWith("date:") || lower.startsWith("subject:");
        }
        return from && dateOrSubject;
    }
}
