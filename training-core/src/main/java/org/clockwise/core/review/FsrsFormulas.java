package org.clockwise.core.review;

/**
 * The FSRS-6 memory-model formulas as pure functions of (D, S, R, G). No time handling and no
 * state here; {@link ReviewScheduler} does that. Package-private so the formulas can be unit
 * tested against published vectors without becoming public API.
 *
 * <p>Sources (read via the code search, not copied):
 * <ul>
 *   <li>[PY] open-spaced-repetition/py-fsrs {@code fsrs/scheduler.py} @ 8053894 (FSRS-6, 21
 *       weights) — used as the primary reference for every formula below.</li>
 *   <li>[RS] open-spaced-repetition/fsrs-rs {@code src/model.rs} @ 0cbb9d3 — {@code step},
 *       {@code stability_short_term} ({@code if rating >= 2.0 { sinc.max(1.0) }}, since change
 *       8b74039 "Non-decreasing SInc(Hard) in same-day reviews") and the bounds
 *       {@code S_MIN = 0.001}, {@code S_MAX = 36500.0} in {@code src/simulation.rs}; its
 *       unit-test values are reused in FsrsFormulasTest. Where py-fsrs and fsrs-rs differ
 *       (the same-day floor for Hard, the upper stability bound) we follow fsrs-rs.</li>
 *   <li>[TS] open-spaced-repetition/ts-fsrs 5.3+ FSRS-6 {@code next_short_term_stability}
 *       (floors SInc at 1 for Hard, Good and Easy, as fsrs-rs).</li>
 *   <li>[WIKI] fsrs4anki wiki "The Algorithm" (FSRS-4.5 section) for the general power-law
 *       R(t,S) and its inverse I(r,S); FSRS-6 only makes DECAY a weight (-w20).</li>
 * </ul>
 *
 * <p>Instances are immutable and therefore thread-safe.
 */
final class FsrsFormulas {

    /** Lower bound for any stability: fsrs-rs {@code S_MIN} (py-fsrs {@code STABILITY_MIN}). */
    static final double MIN_STABILITY = 0.001;
    /** Upper bound for any stability, 100 years: fsrs-rs {@code S_MAX = 36500.0}. */
    static final double MAX_STABILITY = 36_500.0;
    static final double MIN_DIFFICULTY = 1.0;
    static final double MAX_DIFFICULTY = 10.0;

    private final double[] w;
    private final double decay;
    private final double factor;

    FsrsFormulas(FsrsParameters p) {
        this.w = p.w(); // private copy; never exposed
        this.decay = p.decay();
        this.factor = p.factor();
    }

    /**
     * Forgetting curve R(t,S) = (1 + FACTOR·t/S)^DECAY with DECAY = -w20 and
     * FACTOR = 0.9^(1/DECAY) - 1, i.e. (1 + F·t/S)^(-w20) with F = 0.9^(-1/w20) - 1.
     * [WIKI] FSRS-4.5 section; [PY] get_card_retrievability; [RS] power_forgetting_curve.
     * R(S,S) = (0.9^(1/DECAY))^DECAY = 0.9.
     */
    double retrievability(double elapsedDays, double stability) {
        double t = Math.max(0.0, elapsedDays);
        return Math.pow(1.0 + factor * t / stability, decay);
    }

    /**
     * Unrounded interval I(r,S) = S/FACTOR·(r^(1/DECAY) - 1): R(t,S) solved for t.
     * [WIKI] FSRS-4.5 section; [PY] _next_interval (before rounding); [RS] next_interval_scalar.
     */
    double rawIntervalDays(double stability, double desiredRetention) {
        return stability / factor * (Math.pow(desiredRetention, 1.0 / decay) - 1.0);
    }

    /** S0(G) = w[G-1], clamped to [S_MIN, S_MAX]. [RS] {@code init_stability(..).clamp(S_MIN, S_MAX)}. */
    double initialStability(Rating r) {
        return clampStability(w[r.grade() - 1]);
    }

    /** D0(G) = w4 - e^(w5·(G-1)) + 1, NOT clamped. [PY] _initial_difficulty(clamp=False);
     *  [RS] init_difficulty_scalar. */
    double rawInitialDifficulty(Rating r) {
        return w[4] - Math.exp(w[5] * (r.grade() - 1)) + 1.0;
    }

    /** D0(G) clamped to [1, 10]; used for a brand-new item. [PY] _initial_difficulty(clamp=True). */
    double initialDifficulty(Rating r) {
        return clampDifficulty(rawInitialDifficulty(r));
    }

    /**
     * ΔD = -w6·(G-3); D' = D + ΔD·(10-D)/9 (linear damping);
     * D'' = w7·D0(4) + (1-w7)·D' (mean reversion); clamp to [1, 10].
     *
     * <p>The mean-reversion target D0(4) is the UNCLAMPED initial difficulty for Easy, as in
     * [PY] {@code _initial_difficulty(rating=Rating.Easy, clamp=False)} and [RS]
     * {@code mean_reversion_scalar(w, init_difficulty_scalar(w, 4), ...)}. With the default
     * weights it is ≈ -4.7716, not 1; this matters (see the report / FsrsFormulasTest).
     */
    double nextDifficulty(double d, Rating r) {
        double delta = -w[6] * (r.grade() - 3);
        double damped = d + delta * (10.0 - d) / 9.0;
        double reverted = w[7] * rawInitialDifficulty(Rating.EASY) + (1.0 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    /**
     * Stability after a successful long-term review (G ≥ 2):
     * S' = S·(e^w8·(11-D)·S^(-w9)·(e^(w10·(1-R)) - 1)·HP·EB + 1), HP = w15 if Hard,
     * EB = w16 if Easy. [PY] _next_recall_stability; [RS] stability_after_success_scalar.
     */
    double recallStability(double d, double s, double retrievability, Rating r) {
        double hardPenalty = r == Rating.HARD ? w[15] : 1.0;
        double easyBonus = r == Rating.EASY ? w[16] : 1.0;
        return s * (Math.exp(w[8]) * (11.0 - d) * Math.pow(s, -w[9])
                * (Math.exp(w[10] * (1.0 - retrievability)) - 1.0)
                * hardPenalty * easyBonus + 1.0);
    }

    /**
     * Stability after a long-term lapse (G = 1):
     * min(w11·D^(-w12)·((S+1)^w13 - 1)·e^(w14·(1-R)), S / e^(w17·w18)).
     * The second term (FSRS-6) keeps a lapse from ever raising stability above what a
     * same-day Again would leave. [PY] _next_forget_stability; [RS] stability_after_failure_scalar.
     */
    double lapseStability(double d, double s, double retrievability) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1.0, w[13]) - 1.0)
                * Math.exp(w[14] * (1.0 - retrievability));
        double shortTermCap = s / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTermCap);
    }

    /**
     * Same-day stability: SInc = e^(w17·(G-3+w18))·S^(-w19); for Hard, Good and Easy SInc is
     * floored at 1, so a same-day pass (even an unsure one) never lowers stability; Again keeps
     * the raw SInc. S' = S·SInc. [RS] stability_short_term ({@code if rating >= 2.0
     * { sinc.max(1.0) }}); [TS] 5.3+. (py-fsrs and older ts-fsrs floored only Good/Easy, which
     * let a same-day Hard cut stability by 40-55 %.)
     */
    double shortTermStability(double s, Rating r) {
        double sinc = Math.exp(w[17] * (r.grade() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (r.grade() >= Rating.HARD.grade()) {
            sinc = Math.max(sinc, 1.0);
        }
        return s * sinc;
    }

    /** [RS] {@code step}: stability is clamped to [S_MIN, S_MAX] before and after each update. */
    static double clampStability(double s) {
        return Math.min(Math.max(s, MIN_STABILITY), MAX_STABILITY);
    }

    static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
