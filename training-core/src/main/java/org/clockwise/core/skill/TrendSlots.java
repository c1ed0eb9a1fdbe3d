package org.clockwise.core.skill;

import org.clockwise.core.review.ReviewState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * All of a rep's history that My skills can show, kept small and updated answer by answer (issue 13,
 * "Speed", the fourth round): for each (skill, question), its latest answer as of the end of each
 * trend week and its latest answer of all, chosen as {@link ProficiencyModel} chooses
 * ({@link ProficiencyModel#LATER}). The model scores a week from each question's latest answer as of
 * the week's end, so these few answers give every trend point and the current proficiency exactly as
 * the whole history does, and a new answer only needs merging into the slots it can win. Answers
 * carry no memory here: the questions' memory states change with every answer and are attached when
 * read ({@link #latest}, {@link #kept}).
 * <p>
 * Kept in primitive arrays (issue 13, "Speed", the fifth round: an entry per rep, up to thousands of
 * reps): per (skill, question) its skill and question as shared (interned) strings, and per slot the
 * answer's instant as seconds and nanoseconds and its two flags in a byte, so {@link #bytes()} can
 * tell what it holds. Not thread-safe: {@link #copy} before changing a shared one.
 */
final class TrendSlots {

    private static final byte PRESENT = 1;
    private static final byte CORRECT = 2;
    private static final byte FIRST_SIGHT = 4;

    private final Instant[] ends;
    /** Slots per (skill, question): one per week and one for all. */
    private final int width;
    private String[] skills;
    private String[] questions;
    private long[] seconds;
    private int[] nanos;
    private byte[] flags;
    private int size;
    /** skill NUL question to its index, made when answers are added and dropped by {@link #trim()}. */
    private Map<String, Integer> index;

    /** Empty slots for the {@code weeks} weeks up to the one starting {@code lastWeek}, in {@code zone}. */
    TrendSlots(LocalDate lastWeek, int weeks, ZoneId zone) {
        this.ends = new Instant[weeks];
        for (int i = 0; i < weeks; i++) {
            ends[i] = ProficiencyModel.weekEnd(lastWeek.minusWeeks(weeks - 1 - i), zone);
        }
        this.width = weeks + 1;
        allocate(8);
    }

    private TrendSlots(TrendSlots other) {
        this.ends = other.ends;
        this.width = other.width;
        this.size = other.size;
        this.skills = other.skills.clone();
        this.questions = other.questions.clone();
        this.seconds = other.seconds.clone();
        this.nanos = other.nanos.clone();
        this.flags = other.flags.clone();
    }

    private void allocate(int capacity) {
        skills = skills == null ? new String[capacity] : Arrays.copyOf(skills, capacity);
        questions = questions == null ? new String[capacity] : Arrays.copyOf(questions, capacity);
        seconds = seconds == null ? new long[capacity * width] : Arrays.copyOf(seconds, capacity * width);
        nanos = nanos == null ? new int[capacity * width] : Arrays.copyOf(nanos, capacity * width);
        flags = flags == null ? new byte[capacity * width] : Arrays.copyOf(flags, capacity * width);
    }

    TrendSlots copy() {
        return new TrendSlots(this);
    }

    /** The first instant of each week after a trend week, ascending: an answer at or after one is not in that week. */
    List<Instant> boundaries() {
        return Arrays.stream(ends).map(e -> e.plusNanos(1)).toList();
    }

    /** How many (skill, question)s have slots. */
    int size() {
        return size;
    }

    /** Merges one answer of a question (its memory is ignored): it takes every slot it is the latest answer of. */
    void add(EvidenceQueries.Answer answer) {
        if (index == null) {
            index = new HashMap<>(Math.max(16, size * 2));
            for (int s = 0; s < size; s++) {
                index.put(skills[s] + '\u0000' + questions[s], s);
            }
        }
        Integer known = index.get(answer.skillId() + '\u0000' + answer.question());
        int s;
        if (known == null) {
            if (size == skills.length) {
                allocate(Math.max(8, skills.length * 2)); // trimmed empty slots have no room at all
            }
            s = size++;
            skills[s] = answer.skillId().intern();
            questions[s] = answer.question().intern();
            index.put(skills[s] + '\u0000' + questions[s], s);
        } else {
            s = known;
        }
        Instant at = answer.answeredAt();
        byte flag = (byte) (PRESENT | (answer.correct() ? CORRECT : 0) | (answer.firstSight() ? FIRST_SIGHT : 0));
        for (int i = 0; i < width; i++) {
            boolean inWeek = i == ends.length || !at.isAfter(ends[i]);
            int cell = s * width + i;
            if (inWeek && (flags[cell] == 0 || later(at, flag, cell))) {
                seconds[cell] = at.getEpochSecond();
                nanos[cell] = at.getNano();
                flags[cell] = flag;
            }
        }
    }

    /** Whether an answer at {@code at} with {@code flag} is later than the cell's, in {@link ProficiencyModel#LATER}'s order. */
    private boolean later(Instant at, byte flag, int cell) {
        int c = Long.compare(at.getEpochSecond(), seconds[cell]);
        c = c != 0 ? c : Integer.compare(at.getNano(), nanos[cell]);
        // a review (not a first sight) wins over a first sight, then a wrong answer over a right one
        c = c != 0 ? c : Boolean.compare((flag & FIRST_SIGHT) == 0, (flags[cell] & FIRST_SIGHT) == 0);
        c = c != 0 ? c : Boolean.compare((flag & CORRECT) == 0, (flags[cell] & CORRECT) == 0);
        return c > 0;
    }

    /** Drops what only adding needs and spare room: what is left is what {@link #bytes()} counts. */
    TrendSlots trim() {
        index = null;
        if (skills.length != size) {
            allocate(size);
        }
        return this;
    }

    /**
     * An estimate of the bytes these slots hold on a 64-bit JVM with compressed references (object
     * headers and array lengths included; the shared skill and question strings not).
     */
    long bytes() {
        long arrays = 5 * 16L + 4L * skills.length * 2 + (8L + 4 + 1) * flags.length;
        long lookup = index == null ? 0 : 48 + index.size() * 120L;
        return 40 + arrays + lookup;
    }

    /** The questions with slots, each once. */
    List<String> questions() {
        return Arrays.stream(questions, 0, size).distinct().toList();
    }

    /** Each (skill, question)'s latest answer of all, with the question's memory now ({@code null}: none). */
    List<EvidenceQueries.Answer> latest(Function<String, ReviewState> memories) {
        List<EvidenceQueries.Answer> latest = new ArrayList<>(size);
        for (int s = 0; s < size; s++) {
            latest.add(answer(s, s * width + ends.length, memories));
        }
        return latest;
    }

    /** Every answer that is the latest of its (skill, question) in some slot, each once, with the question's memory now. */
    List<EvidenceQueries.Answer> kept(Function<String, ReviewState> memories) {
        List<EvidenceQueries.Answer> kept = new ArrayList<>(size * 2);
        for (int s = 0; s < size; s++) {
            int previous = -1;
            for (int i = 0; i < width; i++) {
                int cell = s * width + i;
                // a week's latest answer is the next week's too unless a later one came: equal cells are neighbours
                if (flags[cell] != 0 && (previous < 0 || seconds[cell] != seconds[previous] || nanos[cell] != nanos[previous]
                        || flags[cell] != flags[previous])) {
                    kept.add(answer(s, cell, memories));
                    previous = cell;
                }
            }
        }
        return kept;
    }

    private EvidenceQueries.Answer answer(int s, int cell, Function<String, ReviewState> memories) {
        return new EvidenceQueries.Answer(skills[s], questions[s], Instant.ofEpochSecond(seconds[cell], nanos[cell]),
                (flags[cell] & CORRECT) != 0, (flags[cell] & FIRST_SIGHT) != 0, memories.apply(questions[s]));
    }
}
