package com.escalationdesk.shared.api;

/** One thing wrong with one field of a request: the field's name (a JSON member, path or query parameter) and why. */
public record FieldError(String field, String message) {
}
