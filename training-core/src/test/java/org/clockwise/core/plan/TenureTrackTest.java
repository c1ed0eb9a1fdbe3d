package org.clockwise.core.plan;

import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.plan.Fixtures.RequestBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.clockwise.core.plan.Fixtures.aModule;
import static org.clockwise.core.plan.Fixtures.aRequest;
import static org.clockwise.core.plan.Fixtures.reason;
import static org.clockwise.core.plan.Fixtures.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rule 2a: the next module of the track covering the rep's tenure day. */
class TenureTrackTest {

    @Test
    void takesTheFirstModuleOfTheTenureTrackInOrder() {
        PlanItem lesson = lesson(aRequest().onTenureDay(12).modules(
                aModule("personas").track("first-30-days", 2),
                aModule("buying-clock").track("first-30-days", 1),
                aModule("discovery").track("first-30-days", 3)));
        assertEquals("buying-clock", lesson.moduleId());
        assertEquals(reason("plan.reason.track.first", 12, "first 30 days"), lesson.reason());
        assertEquals(PlanItem.Kind.LESSON, lesson.kind());
        assertEquals(180, lesson.seconds());
    }

    @Test
    void equalOrderIsBrokenByIdAndUnnumberedModulesComeLast() {
        RequestBuilder request = aRequest().modules(
                aModule("zeta").track("first-30-days", null),
                aModule("beta").track("first-30-days", 1),
                aModule("alpha").track("first-30-days", 1));
        assertEquals("alpha", lesson(request).moduleId());
        assertEquals("beta", lesson(request.completed("alpha")).moduleId());
        assertEquals("zeta", lesson(request.completed("beta")).moduleId());
    }

    @Test
    void completedModulesAreSkipped() {
        PlanItem lesson = lesson(aRequest().completed("one").modules(
                aModule("one").track("first-30-days", 1),
                aModule("two").track("first-30-days", 2)));
        assertEquals("two", lesson.moduleId());
    }

    @Test
    void aModuleWhosePrerequisiteIsNotCompletedIsSkipped() {
        PlanItem lesson = lesson(aRequest().modules(
                aModule("advanced").track("first-30-days", 1).requires("basics"),
                aModule("other").track("first-30-days", 2),
                aModule("basics")));
        assertEquals("other", lesson.moduleId());
    }

    @Test
    void aModuleWhosePrerequisitesAreCompletedIsTaken() {
        PlanItem lesson = lesson(aRequest().completed("basics").modules(
                aModule("advanced").track("first-30-days", 1).requires("basics"),
                aModule("basics")));
        assertEquals("advanced", lesson.moduleId());
    }

    @Test
    void aRetiredPrerequisiteDoesNotBlockForever() {
        PlanItem lesson = lesson(aRequest().modules(
                aModule("advanced").track("first-30-days", 1).requires("retired-basics")));
        assertEquals("advanced", lesson.moduleId());
    }

    @Test
    void onTheHireDateTheRepIsOnDayOne() {
        PlanItem lesson = lesson(aRequest().onTenureDay(1)
                .modules(aModule("welcome").track("first-30-days", 1)));
        assertEquals(reason("plan.reason.track.first", 1, "first 30 days"), lesson.reason());
    }

    @Test
    void laterTracksNameTheTrackAndTheLessonPosition() {
        PlanItem lesson = lesson(aRequest().onTenureDay(45).completed("value-1").modules(
                aModule("value-1").track("days-31-60", 1),
                aModule("value-2").track("days-31-60", 2),
                aModule("value-3").track("days-31-60", 3),
                aModule("early").track("first-30-days", 1)));
        assertEquals("value-2", lesson.moduleId());
        assertEquals(reason("plan.reason.track", 45, "Days 31 to 60", 2, 3), lesson.reason());
    }

    @Test
    void aTrackNameEndingInTrackIsNotDoubled() {
        PlanItem lesson = lesson(aRequest().onTenureDay(40)
                .tracks(List.of(new TrackInfo("start", "Start", 0, 30),
                        new TrackInfo("ramp", "Ramp-up track", 31, null)))
                .modules(aModule("m").track("ramp", 1)));
        assertEquals(reason("plan.reason.track.named", 40, "Ramp-up track", 1, 1), lesson.reason());
    }

    @Test
    void aModuleOfALaterTrackIsNotChosenEvenForAGap() {
        // Days 61-90 has not started on day 12: the gap rule does not take it early.
        DailyPlan plan = aRequest().onTenureDay(12)
                .skills(skill("negotiation", "Negotiation", 0.1, 0.3))
                .modules(aModule("later").track("days-61-90", 1).skills("negotiation")).plan();
        assertEquals(Optional.empty(), plan.lesson());
        assertEquals(reason("plan.note.onTarget", 12, 31), plan.note());
    }

    @Test
    void aFinishedTrackFallsBackToTheLargestGap() {
        PlanItem lesson = lesson(aRequest().onTenureDay(20).completed("t1", "t2")
                .skills(skill("discovery-questioning", "Discovery questioning", 0.35, 0.7))
                .modules(aModule("t1").track("first-30-days", 1),
                        aModule("t2").track("first-30-days", 2),
                        aModule("disc").skills("discovery-questioning")));
        assertEquals("disc", lesson.moduleId());
        assertEquals(reason("plan.reason.gap", "Discovery questioning", 35, 70), lesson.reason());
    }

    @Test
    void aTenureOutsideEveryTrackFallsBackToTheGap() {
        // t1 is done: an unfinished earlier track would be caught up first (TenureLedPlanTest).
        PlanItem lesson = lesson(aRequest().onTenureDay(200).completed("t1")
                .tracks(List.of(new TrackInfo("first-30-days", "First 30 days", 0, 30)))
                .skills(skill("storytelling", "Storytelling", 0.2, 0.8))
                .modules(aModule("t1").track("first-30-days", 1),
                        aModule("story").skills("storytelling")));
        assertEquals("story", lesson.moduleId());
    }

    private static PlanItem lesson(RequestBuilder request) {
        return request.plan().lesson().orElseThrow();
    }
}
