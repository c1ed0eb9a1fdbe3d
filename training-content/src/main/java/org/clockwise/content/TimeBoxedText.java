package org.clockwise.content;

/**
 * Text that stops a regular expression once its time is up: java.util.regex reads the input
 * through {@link #charAt}, so a backtracking explosion ends with {@link TimeUp} instead of
 * running for minutes.
 */
final class TimeBoxedText implements CharSequence {

    static final class TimeUp extends RuntimeException {
        TimeUp() {
            super("regular expression took too long", null, false, false);
        }
    }

    private final CharSequence text;
    private final long deadline;
    private int reads;

    TimeBoxedText(CharSequence text, long budgetNanos) {
        this(text, System.nanoTime() + budgetNanos, 0);
    }

    private TimeBoxedText(CharSequence text, long deadline, int reads) {
        this.text = text;
        this.deadline = deadline;
        this.reads = reads;
    }

    @Override
    public char charAt(int index) {
        // Checking the clock on every read would dominate cheap matches; every 1024th is plenty.
        if ((++reads & 1023) == 0 && System.nanoTime() > deadline) {
            throw new TimeUp();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new TimeBoxedText(text.subSequence(start, end), deadline, reads);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
