package org.clockwise.core.review;

/** One question a rep reviews: which module version and question, and its memory state. */
public record ReviewItem(long userId, String courseId, int version, int questionIndex, ReviewState state) {
}
