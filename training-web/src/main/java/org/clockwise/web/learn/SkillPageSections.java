package org.clockwise.web.learn;

import jakarta.inject.Singleton;
import org.clockwise.core.review.MasteryQueries;
import org.clockwise.core.skill.EvidenceQueries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The parts of a rep's My skills page read from their completions and review items (coverage cells,
 * leeches, mastered questions), kept per rep while their evidence stamp holds (issue 13, "Speed", the
 * fourth round): completions and every change to review items commit with a new attempt or review
 * answer, which changes the stamp, read on every view. At most {@value #MAX_REPS} reps, least recently
 * viewed dropped first.
 */
@Singleton
class SkillPageSections {

    static final int MAX_REPS = 2_048;

    /** What one rep's sections were read as. */
    record Sections(Map<String, Integer> coverage, List<MasteryQueries.Leech> leeches, MasteryQueries.Mastered mastered) {
    }

    private record Entry(EvidenceQueries.Stamp stamp, Sections sections) {
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > MAX_REPS;
        }
    };

    /** The rep's sections kept for {@code stamp}, or read now and kept. */
    Sections of(long userId, EvidenceQueries.Stamp stamp, Supplier<Sections> read) {
        synchronized (this) {
            Entry entry = entries.get(userId);
            if (entry != null && entry.stamp().equals(stamp)) {
                return entry.sections();
            }
        }
        Sections sections = read.get();
        synchronized (this) {
            entries.put(userId, new Entry(stamp, sections));
        }
        return sections;
    }
}
