package org.clockwise.core.review;

/**
 * The four FSRS answer grades. The numeric {@link #grade()} is the {@code G} used in every
 * FSRS formula (1 = Again … 4 = Easy), so the order of the constants matters.
 */
public enum Rating {
    /** Forgot / answered wrong. The only failing grade. */
    AGAIN(1),
    /** Recalled, but with real effort. Still a pass. */
    HARD(2),
    /** Recalled normally. */
    GOOD(3),
    /** Recalled effortlessly. */
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** @return the FSRS grade {@code G} in 1..4 */
    public int grade() {
        return grade;
    }

    /**
     * Looks a rating up by its FSRS grade, e.g. when reading stored review logs.
     *
     * @param grade 1..4
     * @return the matching rating
     * @throws IllegalArgumentException if {@code grade} is outside 1..4
     */
    public static Rating fromGrade(int grade) {
        for (Rating r : values()) {
            if (r.grade == grade) {
                return r;
            }
        }
        throw new IllegalArgumentException("FSRS grade must be 1..4, was " + grade);
    }
}
