package org.clockwise.content;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One answer option of a choice question, written as a task-list item.
 *
 * <p>{@code - [x]} (or {@code - [X]}, as on GitHub) marks a correct option, {@code - [ ]} a wrong
 * one. {@link #correct()} and {@link #feedbackHtml()} are the answer: send them to the browser
 * only after the rep submits.
 *
 * @param key          stable key within the question: {@code a}, {@code b}, … in the order written
 * @param text         the option as plain text (inline Markdown flattened)
 * @param correct      whether the option was marked {@code [x]}
 * @param feedbackHtml sanitized HTML of the blockquote indented under the option; empty when none
 * @param line         1-based line of the option in its file
 */
public record Option(String key, String text, boolean correct, String feedbackHtml, int line) {

    private static final Pattern KEY = Pattern.compile("[a-z]+");

    public Option {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("option key must be lower-case letters: " + key);
        }
        Objects.requireNonNull(text, "text");
        feedbackHtml = feedbackHtml == null ? "" : feedbackHtml;
        if (line < 1) {
            throw new IllegalArgumentException("line is 1-based: " + line);
        }
    }

    /** The key of the option at a 0-based position: a … z, then aa, ab, …. */
    public static String keyFor(int position) {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
        StringBuilder key = new StringBuilder();
        int n = position;
        do {
            key.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return key.toString();
    }
}
