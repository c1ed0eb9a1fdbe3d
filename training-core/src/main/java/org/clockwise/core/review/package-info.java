/**
 * Spaced review with FSRS-6: the published formulas ({@link org.clockwise.core.review.FsrsFormulas}),
 * the scheduler built on them ({@link org.clockwise.core.review.ReviewScheduler}), how an answer
 * becomes a rating ({@link org.clockwise.core.review.RatingPolicy}), and the review items and
 * events in the database ({@link org.clockwise.core.review.ReviewStore}, their one writer). The
 * desired retention a rep's scheduler aims at is resolved per rep from their team tree and
 * organisation ({@link org.clockwise.core.review.RetentionPolicy},
 * {@link org.clockwise.core.review.ReviewSchedulers}). Due dates are fuzzed and load-balanced in one
 * step ({@link org.clockwise.core.review.FuzzPolicy#place}); mastered questions retire and leeches
 * are flagged ({@link org.clockwise.core.review.MasteryPolicy}, read by
 * {@link org.clockwise.core.review.MasteryQueries}).
 */
package org.clockwise.core.review;
