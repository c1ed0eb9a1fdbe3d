package org.clockwise.core.skill;

import jakarta.inject.Singleton;
import org.clockwise.core.WeighedCache;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What a rep's skill page needs from their whole history, kept per rep while their evidence
 * {@link EvidenceQueries.Stamp stamp} holds (issue 13, "Speed"): each skill's weekly trend, the
 * {@link Base} the next entry is made from (whose slots hold each question's latest answer per skill,
 * all that current proficiency counts) and the memory states of those questions. Recall, targets and
 * the catalog are applied on every view, so time moving on shows as before; a new answer changes the
 * stamp, read from the database on every view, so it shows at once, on every instance.
 * Bounded by weight (issue 13, "Speed", the fifth round): the entries' estimated bytes stay within
 * {@link SkillCacheSettings#historyMegabytes()}, the reps viewed least recently dropped first.
 */
@Singleton
class SkillHistoryCache {

    /** What an entry was computed for: the same evidence, seen from the same week in the same zone. */
    record Key(EvidenceQueries.Stamp stamp, ZoneId zone, LocalDate lastWeek, int weeks) {
    }

    /**
     * @param trends       skill id to its trend in whole percent, oldest week first
     * @param memories     the memory states of the questions in the base's slots
     * @param lastAnswered the latest answer of all; an entry is only used as of this instant or later
     */
    record Entry(Key key, Map<String, List<Integer>> trends, QuestionMemories memories, Instant lastAnswered, Base base) {

        /** Each question's latest answer per skill, with its memory state. */
        List<EvidenceQueries.Answer> latest() {
            return base.slots().latest(memories::get);
        }

        /** An estimate of the bytes the entry holds (its key, trends, slots and memories; shared strings not counted). */
        long bytes() {
            long trendBytes = 48 + trends.size() * (32L + 16 + 4L * key.weeks());
            return 200 + trendBytes + memories.bytes() + base.slots().bytes();
        }
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

    private final WeighedCache<Long, Entry> entries;

    SkillHistoryCache(SkillCacheSettings settings) {
        this.entries = new WeighedCache<>(settings.historyMegabytes() * 1024L * 1024L, Entry::bytes);
    }

    /** The rep's entry when it was computed for {@code key}. */
    Entry get(long userId, Key key) {
        Entry entry = entries.get(userId);
        return entry != null && entry.key().equals(key) ? entry : null;
    }

    /** The rep's entry, whatever it was computed for; {@code null} when there is none. */
    Entry any(long userId) {
        return entries.get(userId);
    }

    /** Keeps the entry, then drops the least recently viewed reps' while the entries weigh more than allowed. */
    void put(long userId, Entry entry) {
        entries.put(userId, entry);
    }

    /** The entries' estimated bytes, all counted. */
    long bytes() {
        return entries.bytes();
    }

    /** How many reps have an entry. */
    int size() {
        return entries.size();
    }
}
