package org.clockwise.core.skill;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rep's skill page needs from their whole history, kept per rep while their evidence
 * {@link EvidenceQueries.Stamp stamp} holds (issue 13, "Speed"): each skill's weekly trend and each
 * question's latest answer per skill, all that current proficiency counts, and the {@link Base} the
 * next entry is made from. Recall, targets and the
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
    record Entry(Key key, Map<String, List<Integer>> trends, List<EvidenceQueries.Answer> latest, Instant lastAnswered,
                 Base base) {
    }

    /**
     * What the next entry of the rep is made from when their stamp changes (issue 13, "Speed", the fourth
     * round): the slots of every answer read so far, and how many attempts and review answers before
     * {@code since} they hold, so that only the answers from {@code since} on need reading, and the
     * counts prove that no other answer was added meanwhile.
     *
     * @param slots          the answers so far, for the entry's zone and weeks
     * @param since          answers from this instant on are read again on the next change
     * @param attemptsBefore the rep's attempts before {@code since}
     * @param reviewsBefore  the rep's review answers before {@code since}
     * @param wholeHistory   whether this entry read the rep's whole history (true) or only their recent answers
     */
    record Base(TrendSlots slots, Instant since, long attemptsBefore, long reviewsBefore, boolean wholeHistory) {
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

    /** The rep's entry, whatever it was computed for; {@code null} when there is none. */
    synchronized Entry any(long userId) {
        return entries.get(userId);
    }

    synchronized void put(long userId, Entry entry) {
        entries.put(userId, entry);
    }
}
