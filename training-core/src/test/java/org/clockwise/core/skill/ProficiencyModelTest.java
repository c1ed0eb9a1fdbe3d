package org.clockwise.core.skill;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProficiencyModelTest {

    private static final Instant NOW = Instant.parse("2025-06-02T12:00:00Z");
    private static final String SKILL = "discovery-questioning";

    private final ProficiencyModel model = new ProficiencyModel();

    @Test
    void noEvidenceMeansZero() {
        assertEquals(0.0, model.proficiency(SKILL, List.of(), NOW));
        assertEquals(Map.of(), model.proficiency(List.of(), NOW));
    }

    @Test
    void oneRightAnswerTodayIsOneThirdNotMastery() {
        assertEquals(1.0 / 3, model.proficiency(SKILL, List.of(right(NOW)), NOW), 1e-12);
    }

    @Test
    void tenRightAnswersTodayAreTenOfTwelve() {
        assertEquals(10.0 / 12, model.proficiency(SKILL, rights(10, NOW), NOW), 1e-12);
    }

    @Test
    void aFiveYearOldPassMustNotCountAsMasteryToday() {
        Instant fiveYearsAgo = NOW.minus(Duration.ofDays(5 * 365));
        assertTrue(model.proficiency(SKILL, rights(10, fiveYearsAgo), NOW) < 0.05);
    }

    @Test
    void anAnswerOneHalfLifeOldCountsHalf() {
        Instant sixtyDaysAgo = NOW.minus(Duration.ofDays(60));
        // 0.5 / (0.5 + 2)
        assertEquals(0.2, model.proficiency(SKILL, List.of(right(sixtyDaysAgo)), NOW), 1e-12);
    }

    @Test
    void aRecentWrongAnswerLowersProficiencyMoreThanAnOldOne() {
        List<Evidence> base = rights(5, NOW.minus(Duration.ofDays(10)));
        List<Evidence> recentWrong = with(base, wrong(NOW.minus(Duration.ofDays(1))));
        List<Evidence> oldWrong = with(base, wrong(NOW.minus(Duration.ofDays(200))));
        double withoutWrong = model.proficiency(SKILL, base, NOW);
        double afterRecent = model.proficiency(SKILL, recentWrong, NOW);
        double afterOld = model.proficiency(SKILL, oldWrong, NOW);
        assertTrue(afterRecent < afterOld, afterRecent + " < " + afterOld);
        assertTrue(afterOld < withoutWrong);
    }

    @Test
    void lowerPredictedRecallLowersProficiency() {
        double fresh = model.proficiency(SKILL, List.of(recall(0.95)), NOW);
        double fading = model.proficiency(SKILL, List.of(recall(0.5)), NOW);
        assertTrue(fading < fresh);
        assertEquals(0.5 / 3, fading, 1e-12);
    }

    @Test
    void unknownRecallCountsAsFullyRecalled() {
        assertEquals(model.proficiency(SKILL, List.of(recall(1.0)), NOW),
                model.proficiency(SKILL, List.of(right(NOW)), NOW), 1e-12);
    }

    @Test
    void wrongAnswersCountZeroWhateverTheRecall() {
        Evidence wrongButRecalled = new Evidence(SKILL, NOW, false, 0.9);
        assertEquals(0.0, model.proficiency(SKILL, List.of(wrongButRecalled), NOW));
    }

    @Test
    void evidenceAfterNowIsIgnored() {
        assertEquals(0.0, model.proficiency(SKILL, List.of(right(NOW.plusSeconds(1))), NOW));
    }

    @Test
    void otherSkillsDoNotCount() {
        Evidence other = Evidence.of("negotiation", NOW, true);
        assertEquals(0.0, model.proficiency(SKILL, List.of(other), NOW));
    }

    @Test
    void mapGivesEverySkillWithEvidenceSortedById() {
        List<Evidence> evidence = List.of(
                Evidence.of("negotiation", NOW, true), right(NOW), wrong(NOW));
        Map<String, Double> result = model.proficiency(evidence, NOW);
        assertEquals(List.of(SKILL, "negotiation"), new ArrayList<>(result.keySet()));
        assertEquals(1.0 / 4, result.get(SKILL), 1e-12);
        assertEquals(1.0 / 3, result.get("negotiation"), 1e-12);
    }

    @Test
    void settingsAreConfigurable() {
        ProficiencyModel noPrior = new ProficiencyModel(
                new ProficiencyModel.Settings(Duration.ofDays(7), 0));
        assertEquals(1.0, noPrior.proficiency(SKILL, List.of(right(NOW)), NOW), 1e-12);
        assertEquals(0.0, noPrior.proficiency(SKILL, List.of(), NOW));
    }

    @Test
    void settingsRejectNonPositiveHalfLifeAndNegativePrior() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProficiencyModel.Settings(Duration.ZERO, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new ProficiencyModel.Settings(Duration.ofDays(1), -1));
        assertThrows(IllegalArgumentException.class,
                () -> new ProficiencyModel.Settings(Duration.ofDays(1), Double.NaN));
    }

    @Test
    void evidenceRejectsRecallOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new Evidence(SKILL, NOW, true, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Evidence(SKILL, NOW, true, -0.1));
    }

    private static Evidence right(Instant at) {
        return Evidence.of(SKILL, at, true);
    }

    private static Evidence wrong(Instant at) {
        return Evidence.of(SKILL, at, false);
    }

    private static Evidence recall(double recall) {
        return new Evidence(SKILL, NOW, true, recall);
    }

    private static List<Evidence> rights(int n, Instant at) {
        return Collections.nCopies(n, right(at));
    }

    private static List<Evidence> with(List<Evidence> base, Evidence extra) {
        List<Evidence> all = new ArrayList<>(base);
        all.add(extra);
        return all;
    }
}
