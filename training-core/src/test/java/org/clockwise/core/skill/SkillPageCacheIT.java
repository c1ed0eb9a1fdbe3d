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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * My skills from {@link SkillHistoryCache} (issue 13, "Speed") shows exactly what recomputing the
 * rep's whole history shows: for reps in several zones with weeks of quizzes, reviews and a newer
 * module version, as time moves on, and at once after a new answer.
 */
class SkillPageCacheIT {

    private static final int WEEKS = 8;

    private final SkillReport report = CoreContext.bean(SkillReport.class);
    private final SkillHistoryCache cache = CoreContext.bean(SkillHistoryCache.class);
    private final EvidenceQueries evidence = CoreContext.bean(EvidenceQueries.class);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void cachedSkillsEqualTheWholeHistoryRecomputedAndANewAnswerShowsAtOnce() {
        TestLibrary library = TestLibrary.create();
        String single = "cache-one-" + Fixtures.unique();
        String both = "cache-two-" + Fixtures.unique();
        library.module(single);
        library.write(TestLibrary.path(both), TestLibrary.moduleText(both, "Lesson " + both, TestLibrary.LESSON)
                .replace("skills: [discovery-questioning]", "skills: [discovery-questioning, value-articulation]"));
        Fixtures.publish(library);
        Organisation org = Fixtures.anOrganisation();
        User utc = Fixtures.aUser(org, LocalDate.now().minusDays(120), "UTC", Role.REP);
        User tokyo = Fixtures.aUser(org, LocalDate.now().minusDays(20), "Asia/Tokyo", Role.REP);
        User la = Fixtures.aUser(org, LocalDate.now().minusDays(400), "America/Los_Angeles", Role.REP);
        User fresh = Fixtures.aUser(org, Role.REP);

        history(utc, single, both, 0);
        history(tokyo, single, both, 3);
        history(la, both, single, 5);
        // A newer version of one module: the older version's answers lose their memory and fade with age.
        library.module(single, "Ask about the cost of doing nothing, then about the timeline.");
        Fixtures.publish(library);
        quiz(utc, single, 2, now.minus(Duration.ofDays(2)), true);

        for (User rep : List.of(utc, tokyo, la, fresh)) {
            same(rep, now);
            same(rep, now); // served from the cache
            assertNotNull(cache.get(rep.id(), key(rep, now)), "a second view of unchanged evidence is served from the cache");
            same(rep, now.plus(Duration.ofDays(3))); // recall fades as time moves on
            same(rep, now.plus(Duration.ofDays(9))); // a new week
        }

        // A new quiz answer and a new review answer show at once, on the next view.
        List<SkillReport.SkillLine> before = report.skills(tokyo.id(), WEEKS, now);
        Instant answered = now.plusSeconds(60);
        quiz(tokyo, both, 1, answered, true);
        List<SkillReport.SkillLine> after = same(tokyo, answered.plusMillis(1));
        assertNotEquals(before, after, "the new right answers move the skills");
        review(la, single, 1, answered, false);
        same(la, answered.plusMillis(1));
        quiz(fresh, both, 1, answered, true);
        assertTrue(same(fresh, answered.plusMillis(1)).stream().anyMatch(l -> l.percent() > 0), "a first quiz shows at once");
        assertNull(cache.get(fresh.id(), new SkillHistoryCache.Key(new EvidenceQueries.Stamp(0, 0), fresh.zone(),
                week(fresh, answered), WEEKS)), "the entry from before the answer is gone");

        // An answer after the view's instant (another instance's clock ahead) is not counted yet.
        quiz(utc, both, 1, now.plus(Duration.ofDays(1)), false);
        same(utc, now.plus(Duration.ofHours(12)));
        same(utc, now.plus(Duration.ofDays(2)));
    }

    /** Twelve weeks of quizzes (some wrong) and reviews, all before now, starting {@code offset} days later for each rep. */
    private void history(User rep, String first, String second, int offset) {
        Instant start = now.minus(Duration.ofDays(90 - offset));
        quiz(rep, first, 1, start, true);
        quiz(rep, second, 1, start.plus(Duration.ofDays(2)), false);
        for (int week = 1; week < 12; week++) {
            Instant at = start.plus(Duration.ofDays(7L * week + offset % 3)).plus(Duration.ofHours(week));
            review(rep, first, 1 + week % 3, at, week % 4 != 0);
            review(rep, second, 1 + (week + 1) % 3, at.plus(Duration.ofHours(1)), week % 3 != 0);
            if (week % 5 == 0) {
                quiz(rep, second, 1, at.plus(Duration.ofHours(2)), true);
            }
        }
    }

    /** The new page's skills as of {@code at} equal the old whole-history computation's; returns them. */
    private List<SkillReport.SkillLine> same(User rep, Instant at) {
        List<SkillReport.SkillLine> recomputed = recomputed(rep.id(), at);
        List<SkillReport.SkillLine> shown = report.skills(rep.id(), WEEKS, at);
        assertEquals(recomputed, shown, rep.zone() + " at " + at);
        assertEquals(2, shown.size());
        shown.forEach(l -> assertEquals(WEEKS, l.trend().size()));
        return shown;
    }

    /** The page's skills as computed before issue 13 (every answer read and every trend recomputed on every view). */
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

    private SkillHistoryCache.Key key(User rep, Instant at) {
        return new SkillHistoryCache.Key(evidence.stamp(rep.id()), rep.zone(), week(rep, at), WEEKS);
    }

    private static LocalDate week(User rep, Instant at) {
        return rep.rep().day(at).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
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
                Map.of(1, Confidence.SURE, 2, Confidence.SURE, 3, Confidence.SURE)), at);
    }

    private static void review(User rep, String module, int question, Instant at, boolean right) {
        QuizGrading.Answer answer = switch (question) {
            case 1 -> new QuizGrading.Answer(Set.of(right ? "b" : "a"), "");
            case 2 -> new QuizGrading.Answer(right ? Set.of("a", "b") : Set.of("c"), "");
            default -> new QuizGrading.Answer(Set.of(), right ? "5" : "9");
        };
        CoreContext.bean(ReviewRecorder.class).record(UUID.randomUUID(), rep.id(), module, 1, question, at.minusSeconds(20),
                answer, Confidence.SURE, at);
    }
}
