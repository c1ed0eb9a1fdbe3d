package org.clockwise.core.team.metrics;

import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.skill.TargetPolicy;
import org.clockwise.core.skill.TargetSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the ramp-up view samples: onboarding skills, weekly samples from the trends, the competency score. */
class RampSamplingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12); // a Wednesday

    private static CourseSummary module(String id, String track, List<String> skills) {
        return new CourseSummary(id, 1, id, "", skills, List.of(), List.of(), "basic", track, 1, List.of(), 5, 3, null, false);
    }

    @Test
    void theOnboardingSkillsAreThoseOfTheFirstTracksModules() {
        List<TrackInfo> tracks = List.of(new TrackInfo("first-30-days", "First 30 days", 0, 30),
                new TrackInfo("days-31-60", "Days 31-60", 31, 60));
        List<CourseSummary> live = List.of(module("m1", "first-30-days", List.of("pricing", "discovery")),
                module("m2", "days-31-60", List.of("negotiation")),
                module("m3", "first-30-days", List.of("discovery", "objections")),
                module("m4", null, List.of("storytelling")));

        assertEquals(List.of("discovery", "objections", "pricing"), List.copyOf(RampSampling.onboardingSkills(tracks, live)));
        assertTrue(RampSampling.onboardingSkills(List.of(), live).isEmpty(), "no tracks, no onboarding");
        assertTrue(RampSampling.onboardingSkills(tracks.subList(1, 2), List.of(live.get(0))).isEmpty());
    }

    @Test
    void eachTrendEntryIsASampleOfItsWeekEndingWithTodaysWeek() {
        Map<Long, List<SkillTrend>> trends = Map.of(7L, List.of(
                new SkillTrend("discovery", "Discovery", 30, 50, List.of(10, 20, 30)),
                new SkillTrend("negotiation", "Negotiation", 90, 50, List.of(90, 90, 90)),   // not onboarding
                new SkillTrend("pricing", "Pricing", 55, 50, List.of(0, 0, 55))));

        List<SkillSample> samples = RampSampling.samples(trends, Set.of("discovery", "pricing"), TODAY);

        assertEquals(List.of(
                new SkillSample(7, LocalDate.of(2025, 2, 24), "discovery", 0.1),
                new SkillSample(7, LocalDate.of(2025, 3, 3), "discovery", 0.2),
                new SkillSample(7, LocalDate.of(2025, 3, 10), "discovery", 0.3),
                new SkillSample(7, LocalDate.of(2025, 2, 24), "pricing", 0.0),
                new SkillSample(7, LocalDate.of(2025, 3, 3), "pricing", 0.0),
                new SkillSample(7, LocalDate.of(2025, 3, 10), "pricing", 0.55)), samples);
    }

    @Test
    void competencyIsTheMeanOnboardingTargetOnDayThirty() {
        TargetPolicy targets = new TargetPolicy(new TargetSettings(List.of(
                new TargetSettings.Band(0, 30, 0.3, Map.of("discovery", 0.5)),
                new TargetSettings.Band(31, null, 0.9, Map.of()))));
        assertEquals(0.4, RampSampling.competencyTarget(Set.of("discovery", "pricing"), targets), 1e-9);
        assertEquals(0.5, RampSampling.competencyTarget(Set.of(), targets), 1e-9);
    }

    @Test
    void onlyRepsHiredWithinTheSampledWeeksAreWatchedFromHire() {
        RepInfo onTheEdge = new RepInfo(1, "Edge", LocalDate.of(2024, 12, 18)); // exactly 12 weeks before today
        RepInfo dayBefore = new RepInfo(2, "Before", LocalDate.of(2024, 12, 17));
        RepInfo recent = new RepInfo(3, "Recent", LocalDate.of(2025, 3, 1));
        assertEquals(List.of(onTheEdge, recent), RampSampling.observedFromHire(List.of(onTheEdge, dayBefore, recent), TODAY, 12));
    }
}
