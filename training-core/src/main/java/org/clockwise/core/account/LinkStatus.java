package org.clockwise.core.account;

/** Whether a password link can still be used. */
public enum LinkStatus {
    VALID, EXPIRED, USED, UNKNOWN
}
