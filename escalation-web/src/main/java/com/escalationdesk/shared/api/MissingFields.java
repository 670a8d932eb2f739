package com.escalationdesk.shared.api;

import java.util.List;

/** A call left out fields it cannot do without: 422, naming each. */
public class MissingFields extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public MissingFields(List<FieldError> errors) {
        super("The call needs " + String.join(", ", errors.stream().map(FieldError::field).toList()) + ".");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
