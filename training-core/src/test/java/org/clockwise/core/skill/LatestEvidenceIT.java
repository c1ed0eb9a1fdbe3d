package org.clockwise.core.skill;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.ReviewRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer rewrites the rep's skill summaries from each question's latest answer only (issue 13,
 * "Speed"): what {@link ProficiencyModel} counts, so the skills are the ones every answer gives.
 */
class LatestEvidenceIT {

    @Test
    void theLatestAnswerOfEachQuestionGivesTheSkillsEveryAnswerGives() {
        String module = Fixtures.publish(TestLibrary.create(), "latest").get(0);
        User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);
        Instant now = Instant.now();
        Instant start = now.minus(Duration.ofDays(20));
        Fixtures.takeQuiz(rep, module, start, 30); // all right
        quiz(rep, module, start.plus(Duration.ofDays(1)), "a", "9"); // all wrong
        Fixtures.takeQuiz(rep, module, start.plus(Duration.ofDays(2)), 30); // right again
        // Question 1 answered wrong in a review a week later: its latest answer.
        Instant reviewed = start.plus(Duration.ofDays(9));
        CoreContext.bean(ReviewRecorder.class).record(UUID.randomUUID(), rep.id(), module, 1, 1, reviewed.minusSeconds(20),
                new QuizGrading.Answer(Set.of("a"), ""), Confidence.SURE, reviewed);
        quiz(rep, module, now.plus(Duration.ofHours(2)), "a", "9"); // after now: not counted as of now

        EvidenceQueries evidence = CoreContext.bean(EvidenceQueries.class);
        List<Evidence> all = evidence.evidence(rep.id(), now);
        List<Evidence> latest = evidence.latest(rep.id(), now);
        assertTrue(latest.size() < all.size(), latest.size() + " rows of " + all.size());
        assertEquals(latest.size(), latest.stream().map(e -> e.skillId() + " " + e.question()).distinct().count(),
                "one row per question and skill");
        assertTrue(latest.stream().noneMatch(e -> e.answeredAt().isAfter(now)), "nothing answered after now");
        assertTrue(latest.stream().anyMatch(e -> e.question().endsWith("#1") && !e.firstSight() && !e.correct()),
                "question 1: the wrong review is its latest answer");
        assertFalse(latest.stream().anyMatch(e -> e.question().endsWith("#2") && !e.correct()), "question 2: right last");

        SkillStatuses statuses = CoreContext.bean(SkillStatuses.class);
        List<SkillStatus> fromAll = statuses.of(rep.rep(), now).skills();
        List<SkillStatus> fromLatest = statuses.latest(rep.rep(), now).skills();
        assertEquals(fromAll.size(), fromLatest.size());
        assertTrue(fromAll.stream().anyMatch(s -> s.proficiency() > 0));
        for (int i = 0; i < fromAll.size(); i++) {
            assertEquals(fromAll.get(i).skillId(), fromLatest.get(i).skillId());
            assertEquals(fromAll.get(i).proficiency(), fromLatest.get(i).proficiency(), 1e-12, fromAll.get(i).skillId());
            assertEquals(fromAll.get(i).target(), fromLatest.get(i).target(), 1e-12, fromAll.get(i).skillId());
        }
    }

    private static void quiz(User rep, String module, Instant at, String key, String text) {
        CoreContext.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, 1, at.minusSeconds(30),
                Map.of(1, new QuizGrading.Answer(Set.of(key), ""), 2, new QuizGrading.Answer(Set.of(key), ""),
                        3, new QuizGrading.Answer(Set.of(), text)), Map.of(1, Confidence.SURE, 2, Confidence.SURE, 3, Confidence.SURE)), at);
    }
}
