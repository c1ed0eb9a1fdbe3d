package org.clockwise.core.skill;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, the writes' throughput: every quiz and review answer refreshes the rep's skills from
 * {@link EvidenceQueries#latest}, and Java Flight Recorder showed each answer row it turned into
 * evidence going through Micronaut's connection interceptor again ({@code this.asOf} on a
 * {@code @Connectable} bean is a call through the proxy). A read is one trip, however many rows.
 */
class EvidenceTripsIT {

    private final EvidenceQueries evidence = CoreContext.bean(EvidenceQueries.class);
    private final AnswerRecall recall = CoreContext.bean(AnswerRecall.class);

    @Test
    void aRepsLatestAnswersAreReadInOneInterceptedCall() {
        List<String> modules = Fixtures.publish(TestLibrary.create(), "trips-a", "trips-b");
        User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(3));
        quiz(rep, modules.get(0), t);
        quiz(rep, modules.get(1), t.plus(Duration.ofDays(1)));
        Instant now = Instant.now();

        long before = ConnectableTrips.onThisThread();
        List<Evidence> latest = evidence.latest(rep.id(), now);
        long trips = ConnectableTrips.onThisThread() - before;

        assertTrue(latest.size() >= 6, "two quizzes of three questions: " + latest.size() + " pieces of evidence");
        assertEquals(1, trips, "intercepted calls for one read of " + latest.size() + " answers");

        before = ConnectableTrips.onThisThread();
        Map<Long, List<Evidence>> many = evidence.latest(List.of(rep.id()), now);
        assertEquals(1, ConnectableTrips.onThisThread() - before, "intercepted calls for one read of several reps");
        assertEquals(Set.copyOf(latest), Set.copyOf(many.get(rep.id())));

        // The conversion itself is plain: the same evidence as the bean's, no trip.
        before = ConnectableTrips.onThisThread();
        List<Evidence> again = evidence.answers(rep.id()).stream().map(a -> recall.asOf(a, now)).toList();
        assertEquals(1, ConnectableTrips.onThisThread() - before, "only answers() is intercepted");
        assertEquals(Set.copyOf(evidence.evidence(rep.id(), now)), Set.copyOf(again)); // in no particular order
    }

    private static void quiz(User rep, String module, Instant at) {
        Map<Integer, QuizGrading.Answer> answers = Map.of(1, new QuizGrading.Answer(Set.of("b"), ""),
                2, new QuizGrading.Answer(Set.of("a", "b"), ""), 3, new QuizGrading.Answer(Set.of(), "5"));
        CoreContext.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, 1, at.minusSeconds(30),
                answers, Map.of(1, Confidence.SURE)), at);
    }
}
