package org.clockwise.core.progress;

/** An attempt id that belongs to someone else: never shown, never overwritten. */
public class AttemptNotYoursException extends RuntimeException {
    public AttemptNotYoursException() {
        super("this attempt belongs to another person");
    }
}
