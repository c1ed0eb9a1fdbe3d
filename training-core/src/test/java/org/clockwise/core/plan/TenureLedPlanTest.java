package org.clockwise.core.plan;

import org.clockwise.core.course.TrackInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.clockwise.core.plan.Fixtures.aModule;
import static org.clockwise.core.plan.Fixtures.aRequest;
import static org.clockwise.core.plan.Fixtures.reason;
import static org.clockwise.core.plan.Fixtures.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenure leads (PlanPolicy rule 2): catch-up from an earlier unfinished track; a later band's
 * module never early (except by a manager); "something new" only after ramp-up; the note that
 * says why a day has no lesson. Tracks are the catalog's: days 0-30, 31-60, 61-90, 91 on.
 */
class TenureLedPlanTest {

    // --- catch-up -----------------------------------------------------------------------------

    @Test
    void anUnfinishedEarlierTrackIsCaughtUpWhenTheCurrentOneIsDone() {
        DailyPlan plan = aRequest().onTenureDay(40).completed("v1", "f1").modules(
                aModule("f1").track("first-30-days", 1),
                aModule("f2").track("first-30-days", 2),
                aModule("f3").track("first-30-days", 3),
                aModule("v1").track("days-31-60", 1)).plan();
        PlanItem lesson = plan.lesson().orElseThrow();
        assertEquals("f2", lesson.moduleId());
        assertEquals(reason("plan.reason.track.catchUp", "First 30 days", 2, 3), lesson.reason());
        assertNull(plan.note());
    }

    @Test
    void theCurrentTrackComesBeforeCatchingUp() {
        PlanItem lesson = aRequest().onTenureDay(40).modules(
                aModule("f1").track("first-30-days", 1),
                aModule("v1").track("days-31-60", 1)).plan().lesson().orElseThrow();
        assertEquals("v1", lesson.moduleId());
        assertEquals(reason("plan.reason.track", 40, "Days 31 to 60", 1, 1), lesson.reason());
    }

    @Test
    void catchingUpComesBeforeTheLargestGap() {
        PlanItem lesson = aRequest().onTenureDay(40).completed("v1")
                .skills(skill("discovery-questioning", "Discovery questioning", 0.1, 0.7))
                .modules(aModule("f1").track("first-30-days", 1),
                        aModule("v1").track("days-31-60", 1),
                        aModule("disc").skills("discovery-questioning")).plan().lesson().orElseThrow();
        assertEquals("f1", lesson.moduleId());
        assertEquals(reason("plan.reason.track.catchUp", "First 30 days", 1, 1), lesson.reason());
    }

    @Test
    void theEarliestUnfinishedTrackIsCaughtUpFirst() {
        PlanItem lesson = aRequest().onTenureDay(70).completed("n1").modules(
                aModule("v1").track("days-31-60", 1),
                aModule("f1").track("first-30-days", 1),
                aModule("n1").track("days-61-90", 1)).plan().lesson().orElseThrow();
        assertEquals("f1", lesson.moduleId());
        assertEquals(reason("plan.reason.track.catchUp", "First 30 days", 1, 1), lesson.reason());
    }

    @Test
    void aTrackIsCaughtUpFromTheDayAfterItsLastDay() {
        // Day 30 is the first track's last day: its own track rule; day 31: catching up.
        Fixtures.ModuleBuilder f1 = aModule("f1").track("first-30-days", 1);
        assertEquals(reason("plan.reason.track.first", 30, "first 30 days"),
                aRequest().onTenureDay(30).modules(f1).plan().lesson().orElseThrow().reason());
        assertEquals(reason("plan.reason.track.catchUp", "First 30 days", 1, 1),
                aRequest().onTenureDay(31).modules(f1).plan().lesson().orElseThrow().reason());
    }

    // --- a later band is never early --------------------------------------------------------

    @Test
    void theDayBeforeABandStartsItsModuleWaitsEvenForAGap() {
        DailyPlan plan = aRequest().onTenureDay(30)
                .skills(skill("negotiation", "Negotiation", 0.1, 0.5))
                .modules(aModule("v1").track("days-31-60", 1).skills("negotiation")).plan();
        assertEquals(Optional.empty(), plan.lesson());
        assertEquals(reason("plan.note.onTarget", 30, 31), plan.note());
    }

    @Test
    void onTheBandsFirstDayItsModuleIsTheTrackChoice() {
        DailyPlan plan = aRequest().onTenureDay(31)
                .modules(aModule("v1").track("days-31-60", 1)).plan();
        assertEquals(reason("plan.reason.track", 31, "Days 31 to 60", 1, 1), plan.lesson().orElseThrow().reason());
        assertNull(plan.note());
    }

    @Test
    void theGapRuleTakesAnUntrackedModuleButNotALaterBandsOne() {
        PlanItem lesson = aRequest().onTenureDay(12)
                .skills(skill("negotiation", "Negotiation", 0.1, 0.5))
                .modules(aModule("a-veteran").track("veteran", 1).skills("negotiation"),
                        aModule("z-basics").skills("negotiation")).plan().lesson().orElseThrow();
        // "a-veteran" would win the tie on id; it is in a band that starts on day 91.
        assertEquals("z-basics", lesson.moduleId());
        assertEquals(reason("plan.reason.gap", "Negotiation", 10, 50), lesson.reason());
    }

    @Test
    void aManagerMayAssignALaterBandsModuleEarly() {
        PlanRequest base = aRequest().onTenureDay(12).modules(aModule("vet").track("veteran", 1)).build();
        DailyPlan plan = new PlanPolicy().plan(ManagerAssignedTest.withAssignments(base,
                new AssignedModule("vet", base.day().plusDays(3), "Maya Okafor")));
        assertEquals("vet", plan.lesson().orElseThrow().moduleId());
        assertEquals(reason("plan.reason.assigned", "Maya Okafor", base.day().plusDays(3)),
                plan.lesson().orElseThrow().reason());
        assertNull(plan.note());
    }

    // --- something new only after ramp-up ----------------------------------------------------

    @Test
    void duringRampUpARepOnTargetGetsNoExtraLesson() {
        // Day 90: the veteran track still starts on day 91.
        DailyPlan plan = aRequest().onTenureDay(90)
                .skills(skill("buyer-alignment", "Buyer alignment", 0.8, 0.5))
                .modules(aModule("extra")).plan();
        assertEquals(Optional.empty(), plan.lesson());
        assertTrue(plan.items().isEmpty());
        assertEquals(reason("plan.note.onTarget", 90, 91), plan.note());
    }

    @Test
    void fromTheLastBandsFirstDaySomethingNewComes() {
        DailyPlan plan = aRequest().onTenureDay(91)
                .skills(skill("buyer-alignment", "Buyer alignment", 0.8, 0.5))
                .modules(aModule("extra")).plan();
        assertEquals(reason("plan.reason.new", "Title of extra"), plan.lesson().orElseThrow().reason());
        assertNull(plan.note());
    }

    @Test
    void rampUpEndsWhenNoTrackStartsLater() {
        // One track only, from day 0: on day 12 no band is still to come.
        DailyPlan plan = aRequest().onTenureDay(12)
                .tracks(List.of(new TrackInfo("start", "Start", 0, 30)))
                .modules(aModule("extra")).plan();
        assertEquals("extra", plan.lesson().orElseThrow().moduleId());
    }

    // --- notes --------------------------------------------------------------------------------

    @Test
    void aRepWhoTookEverythingIsToldTheLibraryIsFinished() {
        DailyPlan plan = aRequest().onTenureDay(200).completed("f1", "extra")
                .modules(aModule("f1").track("first-30-days", 1), aModule("extra")).plan();
        assertTrue(plan.items().isEmpty());
        assertEquals(reason("plan.note.finished"), plan.note());
    }

    @Test
    void duringRampUpWithNothingLeftTheNoteIsFinishedNotOnTarget() {
        DailyPlan plan = aRequest().onTenureDay(12).completed("f1")
                .modules(aModule("f1").track("first-30-days", 1)).plan();
        assertEquals(reason("plan.note.finished"), plan.note());
    }

    @Test
    void aModuleTooLongForTheBudgetDoesNotHoldTheRepOnTarget() {
        // The only module left takes 6 min of a 5 min budget: no rule could ever give it.
        DailyPlan plan = aRequest().onTenureDay(12)
                .modules(aModule("long").track("veteran", 1).minutes(6)).plan();
        assertEquals(reason("plan.note.finished"), plan.note());
    }

    @Test
    void aPlanWithALessonHasNoNote() {
        DailyPlan plan = aRequest().onTenureDay(12).modules(aModule("f1").track("first-30-days", 1)).plan();
        assertTrue(plan.lesson().isPresent());
        assertNull(plan.note());
    }
}
