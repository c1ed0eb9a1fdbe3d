package org.clockwise.core.plan;

/**
 * Puts a reason into English words for the plan table ({@code daily_plans.items}), where readers
 * of the table and an earlier version of the application running beside this one find it. The
 * web implements it from its message files, so the English of a reason is written in one place;
 * without an implementation the key is stored instead.
 */
public interface ReasonWords {

    /** The reason in English. */
    String english(Reason reason);
}
