package org.clockwise.core.review;

/** One question a rep reviews: which module version and question, and its memory state. */
public record ReviewItem(long userId, String courseId, int version, int questionIndex, ReviewState state) {

    /**
     * The time one review question counts for: in the daily plan's budget and in the activity
     * rollup alike (an answered review adds this much study time).
     */
    public static final int SECONDS = 30;
}
