package org.clockwise.core.review;

/**
 * When a question leaves the daily reviews for good, and when it is one the rep keeps failing.
 *
 * <ul>
 *   <li><b>Mastered (retired)</b>, as Qstream retires a question: answered right, and its stability
 *       has reached {@code retireAtStabilityDays}, so the rep would still recall it nine times in
 *       ten that many days from now without another review. A retired question is never served or
 *       planned again; it still counts as evidence for the rep's skills, with its recall falling
 *       slowly as the memory model says. Taking a newer version of its module starts it afresh.</li>
 *   <li><b>Leech</b>, as Anki calls it: forgotten after being learned at least {@code leechLapses}
 *       times. It stays in the reviews (dropping it would hide the gap), is marked for the rep
 *       with a way back to its lesson, and is listed to authors, since a question many reps keep
 *       missing is often a question or a lesson to fix.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param retireAtStabilityDays stability in days at which a right answer retires the question
 * @param leechLapses           lapses at which a question is a leech
 */
public record MasteryPolicy(int retireAtStabilityDays, int leechLapses) {

    /** Retire at 90 days of stability; a leech after 4 lapses. */
    public static final MasteryPolicy DEFAULT = new MasteryPolicy(90, 4);

    /** Checks the bounds (the same as {@code clockwise.review.*}). */
    public MasteryPolicy {
        if (retireAtStabilityDays < 21 || retireAtStabilityDays > 3650) {
            throw new IllegalArgumentException("retireAtStabilityDays must be between 21 and 3650, was " + retireAtStabilityDays);
        }
        if (leechLapses < 2 || leechLapses > 20) {
            throw new IllegalArgumentException("leechLapses must be between 2 and 20, was " + leechLapses);
        }
    }

    /**
     * Whether the answer that produced {@code next} retires the question.
     *
     * @param next   the state after the answer
     * @param rating the answer's rating; only a right answer (not {@link Rating#AGAIN}) retires
     * @return true when the question is mastered
     */
    public boolean retires(ReviewState next, Rating rating) {
        return rating != Rating.AGAIN && next.stability() >= retireAtStabilityDays;
    }

    /** Whether a question with this state is a leech. */
    public boolean isLeech(ReviewState state) {
        return state.lapses() >= leechLapses;
    }
}
