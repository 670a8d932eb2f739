package com.escalationdesk.metrics;

/** What a rebuild of the metric facts did: tickets whose audit chains it replayed, and facts it found different from the kept ones. */
public record FactsRebuild(int replayed, int changed) {
}
