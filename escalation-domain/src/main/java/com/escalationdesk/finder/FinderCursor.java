package com.escalationdesk.finder;

import java.io.Serializable;
import java.util.List;

/**
 * Where a page of a search ended: its last ticket's sort values (score, time of change or creation,
 * then ticket id) and document. The next page starts right after it, however deep, without the index
 * collecting every earlier hit again as an offset makes it do.
 */
public record FinderCursor(List<Object> sortValues, int doc) implements Serializable {

    private static final long serialVersionUID = 1L;

    public FinderCursor {
        sortValues = List.copyOf(sortValues);
    }
}
