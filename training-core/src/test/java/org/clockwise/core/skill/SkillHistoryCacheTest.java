package org.clockwise.core.skill;

import org.clockwise.core.review.ReviewState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SkillHistoryCache} is bounded by weight (issue 13, "Speed", the fifth round): whatever the number
 * of reps, the entries' estimated bytes stay within {@code clockwise.skill-cache.history-megabytes}, the
 * reps viewed least recently dropped first; and an entry of a rep with 300 questions is estimated at the
 * size of its arrays, not of an answer object per slot.
 */
class SkillHistoryCacheTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

    @Test
    void theEntriesStayWithinTheirBytesTheLeastRecentlyViewedDroppedFirst() {
        SkillHistoryCache cache = new SkillHistoryCache(new SkillCacheSettings(1));
        long limit = 1024L * 1024L;
        SkillHistoryCache.Entry entry = entry(300, 1);
        long size = entry.bytes();
        assertTrue(size > 30_000 && size < 60_000, "an entry of 300 questions weighs its arrays: " + size);
        int fit = (int) (limit / size);
        for (long rep = 1; rep <= 3L * fit; rep++) {
            cache.put(rep, entry(300, rep));
            assertTrue(cache.bytes() <= limit, "after " + rep + " reps: " + cache.bytes() + " bytes");
            if (rep > 2) {
                assertNotNull(cache.any(1), "rep 1, viewed after each put, is kept");
            }
            assertNotNull(cache.any(rep), "the newest entry is kept");
        }
        assertEquals(fit, cache.size(), "as many reps as fit");
        assertNull(cache.any(2), "the least recently viewed is dropped first");
        // a rep's new entry replaces their old one's weight
        long before = cache.bytes();
        cache.put(1, entry(300, 1));
        assertEquals(before, cache.bytes());
    }

    /** An entry with {@code questions} questions, each answered in every one of 8 weeks. */
    private static SkillHistoryCache.Entry entry(int questions, long seed) {
        TrendSlots slots = new TrendSlots(WEEK, 8, ZONE);
        Map<String, ReviewState> memories = new HashMap<>();
        Instant start = WEEK.minusWeeks(7).atStartOfDay(ZONE).toInstant();
        for (int q = 0; q < questions; q++) {
            String question = "module-" + q / 5 + "#1#" + q % 5;
            for (int w = 0; w < 8; w++) {
                Instant at = start.plus(Duration.ofDays(7L * w)).plusSeconds(q + seed);
                slots.add(new EvidenceQueries.Answer("skill-" + q % 7, question, at, (q + w) % 3 != 0, w == 0, null));
            }
            memories.put(question, new ReviewState(3.5, 5, start, start.plus(Duration.ofDays(3)), 4, 1));
        }
        slots.trim();
        var key = new SkillHistoryCache.Key(new EvidenceQueries.Stamp(seed, seed), ZONE, WEEK, 8);
        Map<String, List<Integer>> trends = new HashMap<>();
        for (int s = 0; s < 7; s++) {
            trends.put("skill-" + s, List.of(10, 20, 30, 40, 50, 60, 70, 80));
        }
        return new SkillHistoryCache.Entry(key, Map.copyOf(trends), new QuestionMemories(memories, slots.questions()), start,
                new SkillHistoryCache.Base(slots, start, seed, seed, true));
    }
}
