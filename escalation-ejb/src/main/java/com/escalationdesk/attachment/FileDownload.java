package com.escalationdesk.attachment;

/** A file to send: its name, the type its bytes showed, the bytes, and whether it may be shown as an image. */
public record FileDownload(String fileName, String contentType, byte[] bytes, String sha256, boolean image) {
}
