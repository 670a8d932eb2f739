package com.escalationdesk.directory;

/** The commercial segment of a customer; it will select the service level that applies. */
public enum CustomerSegment {
    STANDARD, BUSINESS, ENTERPRISE
}
