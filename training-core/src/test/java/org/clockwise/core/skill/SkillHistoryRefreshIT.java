package org.clockwise.core.skill;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.ReviewRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a new answer, My skills merges only the rep's recent answers into the slots it kept
 * ({@link TrendSlots}, issue 13, "Speed", the fourth round) instead of reading the whole history again,
 * and still shows exactly what the whole-history computation shows: in zones with whole, half and
 * three-quarter hour offsets, as time passes and a new week starts, after quiz and review answers,
 * after a newer module version is taken, and when an answer from long ago is written late (then the
 * whole history is read again).
 */
class SkillHistoryRefreshIT {

    private static final int WEEKS = 8;

    private final SkillReport report = CoreContext.bean(SkillReport.class);
    private final SkillHistoryCache cache = CoreContext.bean(SkillHistoryCache.class);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void aNewAnswerIsMergedIntoTheKeptSlotsAndTheResultEqualsTheWholeHistory() {
        TestLibrary library = TestLibrary.create();
        String single = "refresh-one-" + Fixtures.unique();
        String both = "refresh-two-" + Fixtures.unique();
        library.module(single);
        library.write(TestLibrary.path(both), TestLibrary.moduleText(both, "Lesson " + both, TestLibrary.LESSON)
                .replace("skills: [discovery-questioning]", "skills: [discovery-questioning, value-articulation]"));
        Fixtures.publish(library);
        Organisation org = Fixtures.anOrganisation();
        List<User> reps = List.of(
                Fixtures.aUser(org, LocalDate.now().minusDays(200), "UTC", Role.REP),
                Fixtures.aUser(org, LocalDate.now().minusDays(30), "Asia/Kolkata", Role.REP),
                Fixtures.aUser(org, LocalDate.now().minusDays(400), "Pacific/Chatham", Role.REP),
                Fixtures.aUser(org, LocalDate.now().minusDays(90), "America/Los_Angeles", Role.REP));
        for (int i = 0; i < reps.size(); i++) {
            history(reps.get(i), i % 2 == 0 ? single : both, i % 2 == 0 ? both : single, i * 2);
        }

        for (User rep : reps) {
            same(rep, now);
            assertTrue(base(rep).wholeHistory(), "the first view reads the whole history");
        }
        for (int i = 0; i < reps.size(); i++) {
            User rep = reps.get(i);
            Instant answered = now.plusSeconds(60 + i);
            quiz(rep, both, 1, answered, i % 2 == 0);
            same(rep, answered.plusMillis(1));
            assertFalse(base(rep).wholeHistory(), "a new quiz answer is merged into the kept slots");
            review(rep, single, 1, 1 + i % 3, answered.plusSeconds(30), i % 3 != 0);
            same(rep, answered.plusSeconds(31));
            assertFalse(base(rep).wholeHistory(), "a new review answer is merged into the kept slots");
            same(rep, answered.plus(Duration.ofDays(3))); // recall fades: from the cache
        }

        // A newer version of a module, taken: the older version's questions lose their memory, the new ones count.
        library.module(single, "Ask about the cost of doing nothing, then about the timeline.");
        Fixtures.publish(library);
        User utc = reps.get(0);
        User kolkata = reps.get(1);
        quiz(utc, single, 2, now.plusSeconds(300), false);
        same(utc, now.plusSeconds(301));
        assertFalse(base(utc).wholeHistory(), "a newer version's answers are merged too");
        review(utc, single, 2, 2, now.plusSeconds(400), true);
        same(utc, now.plusSeconds(401));

        // A new week: everything is read again once for its weeks, then merged into again.
        Instant nextWeek = now.plus(Duration.ofDays(8));
        for (User rep : reps) {
            same(rep, nextWeek);
        }
        quiz(kolkata, both, 1, nextWeek.plusSeconds(10), true);
        same(kolkata, nextWeek.plusSeconds(11));
        assertFalse(base(kolkata).wholeHistory());

        // An answer from long ago, written late: the counts show it, and the whole history is read again.
        review(kolkata, both, 1, 3, now.minus(Duration.ofDays(20)), false);
        same(kolkata, nextWeek.plusSeconds(12));
        assertTrue(base(kolkata).wholeHistory(), "an answer from before the kept instant makes the view read everything");

        // An answer after the view's instant (another instance's clock ahead) is not counted yet.
        User chatham = reps.get(2);
        quiz(chatham, single, 1, nextWeek.plus(Duration.ofDays(1)), true);
        same(chatham, nextWeek.plus(Duration.ofHours(12)));
        same(chatham, nextWeek.plus(Duration.ofDays(2)));
    }

    /**
     * The first view's read (issue 13, "Speed", the fifth round: per question and week only its latest
     * answer, in SQL) fills the slots exactly as reading every answer did, with the same counts and latest
     * answer time, in zones with whole, half and three-quarter hour offsets, with an answer on a week's
     * first instant, in its last microsecond, and two at the same instant.
     */
    @Test
    void theFirstViewsReadEqualsReadingEveryAnswer() {
        TestLibrary library = TestLibrary.create();
        String single = "whole-one-" + Fixtures.unique();
        String both = "whole-two-" + Fixtures.unique();
        library.module(single);
        library.write(TestLibrary.path(both), TestLibrary.moduleText(both, "Lesson " + both, TestLibrary.LESSON)
                .replace("skills: [discovery-questioning]", "skills: [discovery-questioning, value-articulation]"));
        Fixtures.publish(library);
        Organisation org = Fixtures.anOrganisation();
        SkillHistoryQueries queries = CoreContext.bean(SkillHistoryQueries.class);
        List<String> zones = List.of("UTC", "Asia/Kolkata", "Pacific/Chatham", "America/Los_Angeles");
        for (int z = 0; z < zones.size(); z++) {
            User rep = Fixtures.aUser(org, LocalDate.now().minusDays(300), zones.get(z), Role.REP);
            history(rep, z % 2 == 0 ? single : both, z % 2 == 0 ? both : single, z * 2);
            LocalDate lastWeek = now.atZone(rep.zone()).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            TrendSlots probe = new TrendSlots(lastWeek, WEEKS, rep.zone());
            // on a week's boundary, just before it, and a review and a first sight at the same instant
            Instant boundary = probe.boundaries().get(WEEKS - 3);
            review(rep, single, 1, 1, boundary, false);
            review(rep, single, 1, 2, boundary.minusNanos(1000), true);
            quiz(rep, both, 1, boundary.minus(Duration.ofDays(7)), true);
            review(rep, both, 1, 1, boundary.minus(Duration.ofDays(7)), true);

            Instant since = now.minus(Duration.ofDays(10));
            SkillHistoryQueries.Whole whole = queries.whole(rep.id(), probe.boundaries(), since);
            whole.answers().forEach(probe::add);
            SkillHistoryQueries.Recent every = queries.recent(rep.id(), null);
            TrendSlots reference = new TrendSlots(lastWeek, WEEKS, rep.zone());
            Instant last = Instant.MIN;
            Set<String> attemptsBefore = new java.util.HashSet<>();
            Set<String> reviewsBefore = new java.util.HashSet<>();
            for (SkillHistoryQueries.Row row : every.rows()) {
                if (row.answer() != null) {
                    reference.add(row.answer());
                }
                last = row.at().isAfter(last) ? row.at() : last;
                if (row.at().isBefore(since)) {
                    (row.review() ? reviewsBefore : attemptsBefore).add(row.answerId());
                }
            }
            assertTrue(whole.answers().size() < every.rows().size(), "fewer rows than answers");
            assertEquals(every.stamp(), whole.stamp());
            assertEquals(last, whole.lastAnswered());
            assertEquals(attemptsBefore.size(), whole.attemptsBefore());
            assertEquals(reviewsBefore.size(), whole.reviewsBefore());
            assertEquals(sorted(reference.latest(q -> null)), sorted(probe.latest(q -> null)), zones.get(z));
            assertEquals(sorted(reference.kept(q -> null)), sorted(probe.kept(q -> null)), zones.get(z));
            same(rep, now);
        }
    }

    private static List<String> sorted(List<EvidenceQueries.Answer> answers) {
        return answers.stream().map(EvidenceQueries.Answer::toString).sorted().toList();
    }

    private SkillHistoryCache.Base base(User rep) {
        return cache.any(rep.id()).base();
    }

    /** Quizzes, some wrong, and twelve weeks of reviews, all before now, starting {@code offset} days later for each rep. */
    private void history(User rep, String first, String second, int offset) {
        Instant start = now.minus(Duration.ofDays(90 - offset));
        quiz(rep, first, 1, start, true);
        quiz(rep, second, 1, start.plus(Duration.ofDays(2)), false);
        for (int week = 1; week < 12; week++) {
            Instant at = start.plus(Duration.ofDays(7L * week + offset % 3)).plus(Duration.ofHours(week));
            review(rep, first, 1, 1 + week % 3, at, week % 4 != 0);
            review(rep, second, 1, 1 + (week + 1) % 3, at.plus(Duration.ofHours(1)), week % 3 != 0);
            if (week % 5 == 0) {
                quiz(rep, second, 1, at.plus(Duration.ofHours(2)), true);
            }
        }
    }

    /** The page's skills as of {@code at} equal the whole-history computation's. */
    private void same(User rep, Instant at) {
        // Issue 13, wt-today3: Today's gap reason reads the statuses through the kept entry (first here, so both
        // the read that fills it and the read from it are compared), equal to reading every answer.
        assertEquals(shown(CoreContext.bean(SkillStatuses.class).of(rep.rep(), at).skills()), shown(report.statuses(rep, WEEKS, at)),
                "statuses: " + rep.zone() + " at " + at);
        List<SkillReport.SkillLine> shown = report.skills(rep.id(), WEEKS, at);
        assertEquals(recomputed(rep.id(), at), shown, rep.zone() + " at " + at);
        assertEquals(2, shown.size());
    }

    /** What Today's gap reason quotes of each skill: its name and figures. */
    private static List<String> shown(List<SkillStatus> statuses) {
        return statuses.stream().map(s -> s.skillId() + " " + s.skillName() + " " + s.percent() + "% of " + s.targetPercent() + "%").toList();
    }

    /** The page's skills as computed before issue 13: every answer read and every trend recomputed. */
    private static List<SkillReport.SkillLine> recomputed(long userId, Instant now) {
        User user = CoreContext.bean(UserStore.class).findById(userId).orElseThrow();
        ProficiencyModel model = new ProficiencyModel();
        SkillStatuses.Current current = CoreContext.bean(SkillStatuses.class).of(user.rep(), now);
        LocalDate lastWeek = current.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return current.skills().stream().map(s -> new SkillReport.SkillLine(s.skillId(), s.skillName(), percent(s.proficiency()),
                        percent(s.target()), model.trend(s.skillId(), current.evidence(), lastWeek, WEEKS, user.zone()).stream()
                        .map(p -> percent(p.proficiency())).toList()))
                .toList();
    }

    private static int percent(double value) {
        return (int) Math.round(value * 100);
    }

    private static void quiz(User rep, String module, int version, Instant at, boolean right) {
        String key = right ? "b" : "a";
        CoreContext.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, version,
                at.minusSeconds(30), Map.of(1, new QuizGrading.Answer(Set.of(key), ""),
                2, new QuizGrading.Answer(right ? Set.of("a", "b") : Set.of("a"), ""),
                3, new QuizGrading.Answer(Set.of(), right ? "5" : "9")),
                Map.of(1, Confidence.SURE, 2, Confidence.SURE, 3, Confidence.UNSURE)), at);
    }

    private static void review(User rep, String module, int version, int question, Instant at, boolean right) {
        QuizGrading.Answer answer = switch (question) {
            case 1 -> new QuizGrading.Answer(Set.of(right ? "b" : "a"), "");
            case 2 -> new QuizGrading.Answer(right ? Set.of("a", "b") : Set.of("c"), "");
            default -> new QuizGrading.Answer(Set.of(), right ? "5" : "9");
        };
        CoreContext.bean(ReviewRecorder.class).record(UUID.randomUUID(), rep.id(), module, version, question, at.minusSeconds(20),
                answer, Confidence.SURE, at);
    }
}
