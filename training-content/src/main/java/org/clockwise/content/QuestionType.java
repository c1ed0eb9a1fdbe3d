package org.clockwise.content;

/** The kind of a quiz question, decided by how the author wrote it. */
public enum QuestionType {
    /** Task-list options with exactly one {@code [x]}. */
    SINGLE,
    /** Task-list options under a {@code <!-- multiple -->} comment; one or more {@code [x]}. */
    MULTIPLE,
    /** Exactly two options, {@code True} and {@code False}; one of them {@code [x]}. */
    TRUE_FALSE,
    /** A fenced {@code answer} block of accepted answers and {@code /regex/} lines. */
    SHORT_ANSWER;

    /** Whether the rep picks from options (everything but {@link #SHORT_ANSWER}). */
    public boolean hasOptions() {
        return this != SHORT_ANSWER;
    }
}
