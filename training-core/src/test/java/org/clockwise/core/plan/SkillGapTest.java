package org.clockwise.core.plan;

import org.clockwise.core.plan.Fixtures.RequestBuilder;
import org.junit.jupiter.api.Test;

import static org.clockwise.core.plan.Fixtures.aModule;
import static org.clockwise.core.plan.Fixtures.aRequest;
import static org.clockwise.core.plan.Fixtures.reason;
import static org.clockwise.core.plan.Fixtures.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules 2b and 2c: the largest skill gap, then (after ramp-up) anything new; unseen phases and personas first. */
class SkillGapTest {

    /** Day 12 with no track modules, so the track rule never applies. */
    private static RequestBuilder noTrack() {
        return aRequest().onTenureDay(12);
    }

    /**
     * Day 91, the first day of the last track (veteran, no modules here): ramp-up is done, so
     * "something new" may apply (during ramp-up it never does, see TenureLedPlanTest).
     */
    private static RequestBuilder afterRampUp() {
        return aRequest().onTenureDay(91);
    }

    @Test
    void theLargestGapWins() {
        PlanItem lesson = lesson(noTrack()
                .skills(skill("objection-handling", "Objection handling", 0.5, 0.6),
                        skill("discovery-questioning", "Discovery questioning", 0.35, 0.7))
                .modules(aModule("obj").skills("objection-handling"),
                        aModule("disc").skills("discovery-questioning")));
        assertEquals("disc", lesson.moduleId());
        assertEquals(reason("plan.reason.gap", "Discovery questioning", 35, 70), lesson.reason());
    }

    @Test
    void equalGapsAreBrokenBySkillName() {
        PlanItem lesson = lesson(noTrack()
                .skills(skill("z-skill", "Active listening", 0.2, 0.5),
                        skill("a-skill", "Value articulation", 0.2, 0.5))
                .modules(aModule("value").skills("a-skill"),
                        aModule("listen").skills("z-skill")));
        assertEquals("listen", lesson.moduleId());
    }

    @Test
    void aGapNoModuleCanCloseGivesWayToTheNextGap() {
        PlanItem lesson = lesson(noTrack().completed("neg")
                .skills(skill("negotiation", "Negotiation", 0.0, 0.7),
                        skill("storytelling", "Storytelling", 0.5, 0.7))
                .modules(aModule("neg").skills("negotiation"),
                        aModule("long-neg").skills("negotiation").minutes(6),
                        aModule("story").skills("storytelling")));
        assertEquals("story", lesson.moduleId());
    }

    @Test
    void amongModulesForTheSkillUnseenPhasesAndPersonasWin() {
        PlanItem lesson = lesson(noTrack().seenPersonas("cio").seenPhases("status-quo")
                .skills(skill("persona-insight", "Persona insight", 0.1, 0.5))
                .modules(aModule("cio-again").skills("persona-insight").personas("cio")
                                .phases("status-quo").minutes(1),
                        aModule("cfo").skills("persona-insight").personas("cfo", "cio")
                                .minutes(4)));
        assertEquals("cfo", lesson.moduleId());
        assertEquals(reason("plan.reason.gap.persona", "Persona insight", 10, 50, "Chief Financial Officer"), lesson.reason());
    }

    @Test
    void unseenCountsPhasesAndPersonasTogether() {
        PlanItem lesson = lesson(noTrack()
                .skills(skill("buyer-alignment", "Buyer alignment", 0.1, 0.5))
                .modules(aModule("one-persona").personas("cfo"),
                        aModule("phase-and-persona").personas("procurement").phases("decision")));
        assertEquals("phase-and-persona", lesson.moduleId());
        assertEquals(reason("plan.reason.gap.both", "Buyer alignment", 10, 50, "Procurement", "Decision"), lesson.reason());
    }

    @Test
    void anUnseenPhaseAloneIsNamedAsAPhase() {
        PlanItem lesson = lesson(noTrack()
                .skills(skill("buyer-alignment", "Buyer alignment", 0.25, 0.5))
                .modules(aModule("pain").phases("pain-recognition")));
        assertEquals(reason("plan.reason.gap.phase", "Buyer alignment", 25, 50, "Pain recognition"), lesson.reason());
    }

    @Test
    void withEqualNoveltyTheShortestThenTheFirstIdWins() {
        RequestBuilder request = noTrack()
                .skills(skill("buyer-alignment", "Buyer alignment", 0.1, 0.5))
                .modules(aModule("c-long").minutes(4), aModule("b-short").minutes(2),
                        aModule("a-short").minutes(2));
        assertEquals("a-short", lesson(request).moduleId());
    }

    @Test
    void percentagesRoundProficiencyDownSoBelowTargetNeverReadsAsAtTarget() {
        PlanItem lesson = lesson(noTrack()
                .skills(skill("buyer-alignment", "Buyer alignment", 0.699, 0.7))
                .modules(aModule("m")));
        assertEquals(reason("plan.reason.gap", "Buyer alignment", 69, 70), lesson.reason());
        assertEquals(reason("plan.reason.gap", "Buyer alignment", 29, 50), lesson(noTrack()
                .skills(skill("buyer-alignment", "Buyer alignment", 0.29, 0.5)).modules(aModule("m"))).reason());
    }

    @Test
    void withoutAGapSomethingNewWithUnseenPersonasFirst() {
        PlanItem lesson = lesson(afterRampUp().seenPersonas("cio")
                .skills(skill("buyer-alignment", "Buyer alignment", 0.8, 0.5))
                .modules(aModule("a-seen").personas("cio"), aModule("b-new").personas("cfo")));
        assertEquals("b-new", lesson.moduleId());
        assertEquals(reason("plan.reason.new.persona", "Chief Financial Officer"), lesson.reason());
    }

    @Test
    void somethingNewNamesAnUnseenPhaseOrBoth() {
        assertEquals(reason("plan.reason.new.phase", "Decision"),
                lesson(afterRampUp().modules(aModule("m").phases("decision"))).reason());
        assertEquals(reason("plan.reason.new.both", "Procurement", "Decision"),
                lesson(afterRampUp().modules(aModule("m").personas("procurement").phases("decision"))).reason());
    }

    @Test
    void somethingNewWithNothingUnseenNamesTheLesson() {
        PlanItem lesson = lesson(afterRampUp().modules(aModule("plain")));
        assertEquals(reason("plan.reason.new", "Title of plain"), lesson.reason());
    }

    @Test
    void unknownPhaseAndPersonaIdsAreShownAsIds() {
        PlanItem lesson = lesson(afterRampUp().modules(aModule("m").personas("coo")));
        assertEquals(reason("plan.reason.new.persona", "coo"), lesson.reason());
    }

    @Test
    void whenEverythingIsCompletedThereIsNoLesson() {
        DailyPlan plan = noTrack().completed("a", "b")
                .skills(skill("buyer-alignment", "Buyer alignment", 0.1, 0.5))
                .modules(aModule("a"), aModule("b").track("first-30-days", 1))
                .plan();
        assertTrue(plan.items().isEmpty());
    }

    private static PlanItem lesson(RequestBuilder request) {
        return request.plan().lesson().orElseThrow();
    }
}
