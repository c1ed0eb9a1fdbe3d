package org.clockwise.core.skill;

import jakarta.inject.Singleton;
import org.clockwise.core.review.ReviewState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rep's skill page needs from their whole history, kept per rep while their evidence
 * {@link EvidenceQueries.Stamp stamp} holds (issue 13, "Speed"): each skill's weekly trend and each
 * question's latest answer per skill, all that current proficiency counts. Recall, targets and the
 * catalog are applied on every view, so time moving on shows as before; a new answer changes the
 * stamp, read from the database on every view, so it shows at once, on every instance.
 * At most {@value #MAX_REPS} reps, least recently viewed dropped first.
 */
@Singleton
class SkillHistoryCache {

    static final int MAX_REPS = 2_048;

    /** What an entry was computed for: the same evidence, seen from the same week in the same zone. */
    record Key(EvidenceQueries.Stamp stamp, ZoneId zone, LocalDate lastWeek, int weeks) {
    }

    /**
     * @param trends       skill id to its trend in whole percent, oldest week first
     * @param latest       each question's latest answer per skill, in the order the history first named them
     * @param lastAnswered the latest answer of all; an entry is only used as of this instant or later
     */
    record Entry(Key key, Map<String, List<Integer>> trends, List<EvidenceQueries.Answer> latest, Instant lastAnswered) {
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > MAX_REPS;
        }
    };

    /** The rep's entry when it was computed for {@code key}. */
    synchronized Entry get(long userId, Key key) {
        Entry entry = entries.get(userId);
        return entry != null && entry.key().equals(key) ? entry : null;
    }

    synchronized void put(long userId, Entry entry) {
        entries.put(userId, entry);
    }

    /**
     * Each (skill, question)'s latest answer, chosen as {@link ProficiencyModel} chooses it
     * ({@link ProficiencyModel#LATER} on the same evidence), kept at the position of the question's
     * first answer; answers without a question stand alone. Strings and memory states shared (a
     * question's memory is one review item, whichever skill it counts for).
     *
     * @param answers  the rep's answers
     * @param evidence the same answers as evidence, index for index
     */
    static List<EvidenceQueries.Answer> latest(List<EvidenceQueries.Answer> answers, List<Evidence> evidence) {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        List<Integer> standalone = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            EvidenceQueries.Answer a = answers.get(i);
            if (a.question() == null) {
                order.add(-1 - standalone.size());
                standalone.add(i);
                continue;
            }
            int index = i;
            Integer before = chosen.putIfAbsent(a.skillId() + '\u0000' + a.question(), i);
            if (before == null) {
                order.add(i);
            } else if (ProficiencyModel.LATER.compare(evidence.get(before), evidence.get(index)) < 0) {
                chosen.put(a.skillId() + '\u0000' + a.question(), index);
            }
        }
        Map<String, String> strings = new HashMap<>();
        Map<String, ReviewState> memories = new HashMap<>();
        List<EvidenceQueries.Answer> latest = new ArrayList<>(order.size());
        for (int first : order) {
            int i;
            if (first < 0) {
                i = standalone.get(-1 - first);
            } else {
                EvidenceQueries.Answer a = answers.get(first);
                i = chosen.get(a.skillId() + '\u0000' + a.question());
            }
            EvidenceQueries.Answer a = answers.get(i);
            String question = a.question() == null ? null : strings.computeIfAbsent(a.question(), q -> q);
            ReviewState memory = a.memory() == null ? null : memories.computeIfAbsent(question, k -> a.memory());
            latest.add(new EvidenceQueries.Answer(strings.computeIfAbsent(a.skillId(), s -> s), question, a.answeredAt(),
                    a.correct(), a.firstSight(), memory));
        }
        return List.copyOf(latest);
    }
}
