package org.clockwise.core.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Which desired retention a rep's reviews aim for, and which values an admin may set.
 *
 * <p>Resolution, first that is set wins: the rep's own team, then the nearest ancestor team
 * (parent, grandparent …), then the organisation, then the global setting
 * {@code clockwise.review.desired-retention}. A rep without a team starts at the organisation.
 *
 * <p>Bounds: 0.70 to 0.97 inclusive, at most two decimals. Below 0.70 reviews come too late to
 * help; above 0.97 they come so often that the daily budget is all reviews. The same bounds are
 * the CHECK constraints of migration V13 and the jakarta bounds of {@code ReviewSettings}.
 */
public final class RetentionPolicy {

    public static final BigDecimal MIN = new BigDecimal("0.70");
    public static final BigDecimal MAX = new BigDecimal("0.97");

    private RetentionPolicy() {
    }

    /**
     * @param teamChain    the team values from the rep's own team up to the top team, nearest
     *                     first; an element is {@code null} where that team inherits
     * @param organisation the organisation's value, {@code null} when it inherits
     * @param global       the global setting
     * @return the desired retention for the rep
     */
    public static double resolve(List<BigDecimal> teamChain, BigDecimal organisation, double global) {
        for (BigDecimal value : teamChain) {
            if (value != null) {
                return value.doubleValue();
            }
        }
        return organisation != null ? organisation.doubleValue() : global;
    }

    /** Why a typed value was refused. */
    public static final class OutOfBounds extends IllegalArgumentException {
        public OutOfBounds(String typed) {
            super("Desired retention must be a number between " + MIN + " and " + MAX + " (two decimals at most), was \""
                    + typed + "\"");
        }
    }

    /**
     * Reads what an admin typed: blank clears the value (inherit); a dot or a comma may separate
     * the decimals.
     *
     * @return the value, or empty to clear it
     * @throws OutOfBounds if it is not a number, has more than two decimals or lies outside 0.70–0.97
     */
    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(typed.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new OutOfBounds(typed);
        }
        if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new OutOfBounds(typed);
        }
        return Optional.of(value.setScale(2));
    }
}
