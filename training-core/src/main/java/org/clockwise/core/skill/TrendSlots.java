package org.clockwise.core.skill;

import org.clockwise.core.review.ReviewState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All of a rep's history that My skills can show, kept small and updated answer by answer (issue 13,
 * "Speed", the fourth round): for each (skill, question), its latest answer as of the end of each
 * trend week and its latest answer of all, chosen as {@link ProficiencyModel} chooses
 * ({@link ProficiencyModel#LATER}). The model scores a week from each question's latest answer as of
 * the week's end, so these few answers give every trend point and the current proficiency exactly as
 * the whole history does, and a new answer only needs merging into the slots it can win. Answers
 * carry no memory here: the questions' memory states change with every answer and are attached when
 * read ({@link #latest}, {@link #kept}). Not thread-safe: {@link #copy} before changing a shared one.
 */
final class TrendSlots {

    private final Instant[] ends;
    private final Map<String, EvidenceQueries.Answer[]> slots;

    /** Empty slots for the {@code weeks} weeks up to the one starting {@code lastWeek}, in {@code zone}. */
    TrendSlots(LocalDate lastWeek, int weeks, ZoneId zone) {
        this.ends = new Instant[weeks];
        for (int i = 0; i < weeks; i++) {
            ends[i] = ProficiencyModel.weekEnd(lastWeek.minusWeeks(weeks - 1 - i), zone);
        }
        this.slots = new LinkedHashMap<>();
    }

    private TrendSlots(Instant[] ends, Map<String, EvidenceQueries.Answer[]> slots) {
        this.ends = ends;
        this.slots = slots;
    }

    TrendSlots copy() {
        Map<String, EvidenceQueries.Answer[]> copied = new LinkedHashMap<>(slots.size() * 4 / 3 + 1);
        slots.forEach((k, v) -> copied.put(k, v.clone()));
        return new TrendSlots(ends, copied);
    }

    /** Merges one answer of a question (its memory is ignored): it takes every slot it is the latest answer of. */
    void add(EvidenceQueries.Answer answer) {
        String key = answer.skillId() + '\u0000' + answer.question();
        EvidenceQueries.Answer[] slot = slots.get(key);
        if (slot == null) {
            slot = new EvidenceQueries.Answer[ends.length + 1];
            slots.put(key, slot);
        } else {
            // the strings of the question's first answer, shared
            EvidenceQueries.Answer known = slot[ends.length];
            answer = new EvidenceQueries.Answer(known.skillId(), known.question(), answer.answeredAt(), answer.correct(),
                    answer.firstSight(), null);
        }
        for (int i = 0; i <= ends.length; i++) {
            boolean inWeek = i == ends.length || !answer.answeredAt().isAfter(ends[i]);
            if (inWeek && (slot[i] == null || ProficiencyModel.LATER.compare(probe(slot[i]), probe(answer)) < 0)) {
                slot[i] = answer;
            }
        }
    }

    /** Each (skill, question)'s latest answer of all, with the question's memory now ({@code null}: none). */
    List<EvidenceQueries.Answer> latest(Map<String, ReviewState> memories) {
        List<EvidenceQueries.Answer> latest = new ArrayList<>(slots.size());
        for (EvidenceQueries.Answer[] slot : slots.values()) {
            latest.add(withMemory(slot[ends.length], memories));
        }
        return List.copyOf(latest);
    }

    /** Every answer that is the latest of its (skill, question) in some slot, each once, with the question's memory now. */
    List<EvidenceQueries.Answer> kept(Map<String, ReviewState> memories) {
        List<EvidenceQueries.Answer> kept = new ArrayList<>(slots.size() * 2);
        Map<EvidenceQueries.Answer, Boolean> seen = new IdentityHashMap<>();
        for (EvidenceQueries.Answer[] slot : slots.values()) {
            for (EvidenceQueries.Answer a : slot) {
                if (a != null && seen.put(a, Boolean.TRUE) == null) {
                    kept.add(withMemory(a, memories));
                }
            }
        }
        return kept;
    }

    private static EvidenceQueries.Answer withMemory(EvidenceQueries.Answer a, Map<String, ReviewState> memories) {
        return new EvidenceQueries.Answer(a.skillId(), a.question(), a.answeredAt(), a.correct(), a.firstSight(),
                memories.get(a.question()));
    }

    private static Evidence probe(EvidenceQueries.Answer a) {
        return new Evidence(a.skillId(), a.question(), a.answeredAt(), a.correct(), a.firstSight(), Double.NaN, Double.NaN);
    }
}
