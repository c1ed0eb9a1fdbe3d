package org.clockwise.core.skill;

import org.clockwise.core.review.ReviewState;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * The memory states of some of a rep's questions, kept in primitive arrays (issue 13, "Speed", the fifth
 * round: {@link SkillHistoryCache} keeps one per rep): the questions sorted, as shared (interned) strings,
 * each state's fields in arrays of their own, a {@link ReviewState} made again when asked for.
 */
final class QuestionMemories {

    private final String[] questions;
    private final double[] stability;
    private final double[] difficulty;
    private final long[] lastSeconds;
    private final int[] lastNanos;
    private final long[] dueSeconds;
    private final int[] dueNanos;
    private final int[] reps;
    private final int[] lapses;

    /** The states of {@code questions} in {@code memories}; a question without one has none here either. */
    QuestionMemories(Map<String, ReviewState> memories, Collection<String> questions) {
        this.questions = questions.stream().filter(memories::containsKey).distinct().sorted().map(String::intern)
                .toArray(String[]::new);
        int n = this.questions.length;
        stability = new double[n];
        difficulty = new double[n];
        lastSeconds = new long[n];
        lastNanos = new int[n];
        dueSeconds = new long[n];
        dueNanos = new int[n];
        reps = new int[n];
        lapses = new int[n];
        for (int i = 0; i < n; i++) {
            ReviewState m = memories.get(this.questions[i]);
            stability[i] = m.stability();
            difficulty[i] = m.difficulty();
            lastSeconds[i] = m.lastReview().getEpochSecond();
            lastNanos[i] = m.lastReview().getNano();
            dueSeconds[i] = m.due().getEpochSecond();
            dueNanos[i] = m.due().getNano();
            reps[i] = m.reps();
            lapses[i] = m.lapses();
        }
    }

    /** The question's memory state, or {@code null} when it has none. */
    ReviewState get(String question) {
        int i = Arrays.binarySearch(questions, question);
        return i < 0 ? null : new ReviewState(stability[i], difficulty[i], Instant.ofEpochSecond(lastSeconds[i], lastNanos[i]),
                Instant.ofEpochSecond(dueSeconds[i], dueNanos[i]), reps[i], lapses[i]);
    }

    /** An estimate of the bytes held, as {@link TrendSlots#bytes()} counts them. */
    long bytes() {
        return 48 + 9 * 16L + (long) questions.length * (4 + 8 + 8 + 8 + 4 + 8 + 4 + 4 + 4);
    }
}
