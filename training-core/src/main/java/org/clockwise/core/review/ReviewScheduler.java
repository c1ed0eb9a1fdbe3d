package org.clockwise.core.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * FSRS-6 scheduler for Clockwise review items (one item per quiz question a rep answered).
 *
 * <p>Usage: {@link #first} when a question is answered for the first time, {@link #next} on
 * every later answer; persist the returned {@link ReviewState} and ask the item again at
 * {@link ReviewState#due()}.
 *
 * <p>Scheduling choices (they follow py-fsrs's Scheduler configured with no (re)learning steps
 * and fuzzing off, except that the memory model itself follows fsrs-rs where the two differ:
 * a same-day Hard never lowers stability, and stability stays within [0.001, 36500] days):
 * <ul>
 *   <li>Every rating, including Again, gets a whole-day interval from the new stability,
 *       rounded, at least 1 day, at most {@code maximumIntervalDays}. With the default weights
 *       post-lapse stability is small (at R = 0.9, D = 5: ≈1.5 d for an 11-day item, ≈3.7 d
 *       for a 100-day item, ≈8.2 d for a 1000-day item), so Again comes back soon. py-fsrs
 *       does the same when {@code relearning_steps} is empty. Re-asking within minutes in the
 *       same session is up to the quiz UI, not this class.</li>
 *   <li>A review less than 24 h after the previous one uses the FSRS-6 short-term stability
 *       formula and still updates difficulty (as py-fsrs does in every state).</li>
 *   <li>Elapsed time is fractional days ({@code seconds / 86400}), never negative. py-fsrs
 *       floors it to whole days and fsrs-rs rounds it; all three agree whenever reviews are
 *       whole days apart (as in the tests), and differ slightly otherwise.</li>
 *   <li>No fuzz in {@link #first}, {@link #next} and {@link #nextIntervalDays}: they give the
 *       reference values. Fuzz and load balancing are a separate step: {@link #fuzzRange} and
 *       {@link FuzzPolicy} pick the day, {@link #dueIn} moves the due date there.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: it holds only final, privately copied data.
 */
public final class ReviewScheduler {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private final FsrsParameters parameters;
    private final FsrsFormulas formulas;

    /**
     * @param parameters weights, desired retention and interval cap
     * @throws NullPointerException if {@code parameters} is null
     */
    public ReviewScheduler(FsrsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.formulas = new FsrsFormulas(parameters);
    }

    /** Creates a scheduler with {@link FsrsParameters#DEFAULT}. */
    public ReviewScheduler() {
        this(FsrsParameters.DEFAULT);
    }

    /** @return the parameters this scheduler was built with */
    public FsrsParameters parameters() {
        return parameters;
    }

    /**
     * Predicted probability that the rep still recalls the item at {@code now}:
     * R(t,S) = (1 + FACTOR·t/S)^DECAY.
     *
     * @param state item state
     * @param now   moment of interest; if before {@code lastReview} the elapsed time is 0
     * @return R in (0, 1]
     */
    public double retrievability(ReviewState state, Instant now) {
        Objects.requireNonNull(state, "state");
        return formulas.retrievability(elapsedDays(state.lastReview(), now), state.stability());
    }

    /**
     * State after the very first answer: S0(G) = w[G-1] within [0.001, 36500]; D0(G) = w4 - e^(w5·(G-1)) + 1
     * clamped to [1, 10].
     *
     * @param rating the first rating
     * @param now    when it was answered
     * @return new state with reps = 1, lapses = 0
     */
    public ReviewState first(Rating rating, Instant now) {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(now, "now");
        double s = formulas.initialStability(rating);
        double d = formulas.initialDifficulty(rating);
        // A first Again is a failed first learning attempt, not a lapse of something known.
        return schedule(s, d, now, 1, 0);
    }

    /**
     * State after a later answer.
     *
     * <ul>
     *   <li>t &lt; 1 day: short-term stability S·SInc (SInc ≥ 1 for Hard/Good/Easy, so only
     *       Again can lower stability on the same day).</li>
     *   <li>otherwise with R = R(t,S): recall stability for Hard/Good/Easy, post-lapse
     *       stability for Again.</li>
     *   <li>difficulty: linear damping then mean reversion to D0(Easy), clamped.</li>
     *   <li>stability: clamped to [0.001, 36500] days after every update, as fsrs-rs.</li>
     * </ul>
     *
     * @param state  the current state
     * @param rating the new rating
     * @param now    when it was answered; an instant before {@code lastReview} (clock skew)
     *               is treated as elapsed time 0
     * @return new state; reps + 1, lapses + 1 if {@code rating} is AGAIN
     */
    public ReviewState next(ReviewState state, Rating rating, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(now, "now");
        double t = elapsedDays(state.lastReview(), now);
        // As fsrs-rs step(): the stored stability is clamped too, so a state saved before the
        // upper bound existed (or built by a caller) is brought back into [S_MIN, S_MAX].
        double s = FsrsFormulas.clampStability(state.stability());
        double d = state.difficulty();

        double newS;
        if (t < 1.0) {
            newS = formulas.shortTermStability(s, rating);
        } else {
            double r = formulas.retrievability(t, s);
            newS = rating == Rating.AGAIN
                    ? formulas.lapseStability(d, s, r)
                    : formulas.recallStability(d, s, r, rating);
        }
        newS = FsrsFormulas.clampStability(newS);
        double newD = formulas.nextDifficulty(d, rating);

        int lapses = state.lapses() + (rating == Rating.AGAIN ? 1 : 0);
        return schedule(newS, newD, now, state.reps() + 1, lapses);
    }

    /**
     * Whole-day interval for a stability at the configured desired retention:
     * I = S/FACTOR·(r^(1/DECAY) - 1), rounded half-up, at least 1, at most the cap.
     * At r = 0.9 this is just round(S).
     *
     * @param stability S in days, finite and &gt; 0
     * @return interval in days
     */
    public int nextIntervalDays(double stability) {
        if (!(stability > 0.0) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("stability must be finite and > 0, was " + stability);
        }
        double raw = formulas.rawIntervalDays(stability, parameters.desiredRetention());
        // Math.round saturates at Long.MAX_VALUE for huge values, so the cap still applies.
        long rounded = Math.round(raw);
        return (int) Math.min(Math.max(rounded, 1L), parameters.maximumIntervalDays());
    }

    /**
     * The days a just-scheduled state may fall due on instead ({@link FuzzPolicy#range}).
     *
     * @param next           a state from {@link #first} or {@link #next}
     * @param previousReview when the item was answered before, or {@code null} for a first answer
     * @return the fuzz range of its interval
     */
    public FuzzPolicy.Range fuzzRange(ReviewState next, Instant previousReview) {
        Objects.requireNonNull(next, "next");
        int elapsed = previousReview == null ? 0
                : FuzzPolicy.elapsedDays(Duration.between(previousReview, next.lastReview()));
        return FuzzPolicy.range(nextIntervalDays(next.stability()), elapsed, parameters.maximumIntervalDays());
    }

    /**
     * The same state due {@code days} whole days after its last review: memory state unchanged.
     *
     * @param state a scheduled state
     * @param days  1 or more
     * @return the moved state
     */
    public ReviewState dueIn(ReviewState state, int days) {
        Objects.requireNonNull(state, "state");
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, was " + days);
        }
        return new ReviewState(state.stability(), state.difficulty(), state.lastReview(),
                state.lastReview().plus(Duration.ofDays(days)), state.reps(), state.lapses());
    }

    private ReviewState schedule(double s, double d, Instant now, int reps, int lapses) {
        Instant due = now.plus(Duration.ofDays(nextIntervalDays(s)));
        return new ReviewState(s, d, now, due, reps, lapses);
    }

    private static double elapsedDays(Instant from, Instant to) {
        Objects.requireNonNull(to, "now");
        Duration gap = Duration.between(from, to);
        // getSeconds/getNano rather than toNanos: no overflow for multi-century gaps.
        double days = (gap.getSeconds() + gap.getNano() / 1e9) / SECONDS_PER_DAY;
        return Math.max(0.0, days);
    }
}
