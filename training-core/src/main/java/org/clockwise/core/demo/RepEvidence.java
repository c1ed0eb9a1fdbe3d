package org.clockwise.core.demo;

import org.clockwise.core.skill.EvidenceQueries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One demo rep's answers held in memory while the history is written (issue 13, first start), so the skills the
 * plan and the weekly snapshots read come from here instead of {@code EvidenceQueries.latest}, which the history ran
 * about 1,300 times: every quiz answer and review answer of the rep (the history starts from none), and, through
 * the rep's review items, {@link #latest} gives the rows that query gives, with the same choice of each question's
 * latest answer. DemoHistoryIT proves the history written this way equals the replay through the services.
 */
final class RepEvidence {

    /** One answer to one question of one module version. */
    record Answered(Instant at, boolean correct, boolean firstSight) {
    }

    /**
     * The query's order for a question's latest answer, best first: later, then a review over a first sight (the
     * union's {@code first_sight} ascending), then a wrong answer over a right one ({@code correct} ascending).
     */
    static final Comparator<Answered> LATEST_FIRST = Comparator.comparing(Answered::at).reversed()
            .thenComparing(Answered::firstSight)
            .thenComparing(Answered::correct);

    private final Map<String, List<Answered>> answers = new HashMap<>();

    /** A quiz (first sight) or review answer. */
    void add(String courseId, int version, int questionIndex, Instant at, boolean correct, boolean firstSight) {
        answers.computeIfAbsent(key(courseId, version, questionIndex), k -> new ArrayList<>()).add(new Answered(at, correct, firstSight));
    }

    /**
     * As {@code EvidenceQueries.latest} reads them as of {@code asOf}, before each is turned into evidence: for every
     * review item of the rep (superseded and retired ones too) whose question was answered by then, its latest
     * answer, once per skill of the item's module version; the memory is the item's, none for a superseded one.
     * In the order of the items' key (module, version, question), then of the version's skills.
     */
    List<EvidenceQueries.Answer> latest(Collection<RepReviews.Held> items, Function<RepReviews.Held, List<String>> skillsOf, Instant asOf) {
        List<RepReviews.Held> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing((RepReviews.Held h) -> h.courseId).thenComparingInt(h -> h.version)
                .thenComparingInt(h -> h.questionIndex));
        List<EvidenceQueries.Answer> rows = new ArrayList<>();
        for (RepReviews.Held item : ordered) {
            Answered best = null;
            for (Answered a : answers.getOrDefault(key(item.courseId, item.version, item.questionIndex), List.of())) {
                if (!a.at().isAfter(asOf) && (best == null || LATEST_FIRST.compare(a, best) < 0)) {
                    best = a;
                }
            }
            if (best == null) {
                continue;
            }
            String question = item.courseId + "#" + item.version + "#" + item.questionIndex;
            for (String skill : skillsOf.apply(item)) {
                rows.add(new EvidenceQueries.Answer(skill, question, best.at(), best.correct(), best.firstSight(),
                        item.superseded ? null : item.state));
            }
        }
        return rows;
    }

    /** The latest answer to the item's question of all held, in {@link #LATEST_FIRST}'s order; null when none. */
    Answered latest(RepReviews.Held item) {
        Answered best = null;
        for (Answered a : answers.getOrDefault(key(item.courseId, item.version, item.questionIndex), List.of())) {
            if (best == null || LATEST_FIRST.compare(a, best) < 0) {
                best = a;
            }
        }
        return best;
    }

    private static String key(String courseId, int version, int questionIndex) {
        return courseId + "@" + version + "#" + questionIndex;
    }
}
