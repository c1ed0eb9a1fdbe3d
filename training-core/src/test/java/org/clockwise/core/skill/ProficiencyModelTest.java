package org.clockwise.core.skill;

import org.clockwise.core.skill.ProficiencyModel.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The rules of {@link ProficiencyModel}, each value computed by hand from its formula, counting
 * each question's latest answer only:
 * <pre>
 *   weight_q    = stability known ? min(1, stability_q / matureDays) : 0.5 ^ (age / halfLife),
 *                 at most firstSightWeight for a first-sight answer
 *   value_q     = right ? min(1, recall_q / retention) (1 when unknown) : 0
 *   proficiency = sum(weight_q * value_q) / (sum(weight_q) + priorWeight)
 * </pre>
 * Unless a test says otherwise: half-life 60 days, prior 4, first sight 0.25, mature at 21 days.
 */
class ProficiencyModelTest {

    private static final Instant NOW = Instant.parse("2025-06-02T12:00:00Z");
    private static final String SKILL = "discovery-questioning";
    private static final double EPS = 1e-12;
    /** Stability equal to matureDays: the answer weighs min(1, 21 / 21) = 1. */
    private static final double MATURE = 21;

    /** Spelled out so that tuning {@link Settings#DEFAULT} does not change these expectations. */
    private static final ProficiencyModel MODEL =
            new ProficiencyModel(new Settings(Duration.ofDays(60), 4.0, 0.25, 21));
    /** No prior: the value of a single answer shows as is, whatever its weight. */
    private static final ProficiencyModel NO_PRIOR =
            new ProficiencyModel(new Settings(Duration.ofDays(60), 0.0, 0.25, 21));

    // --- the documented defaults -------------------------------------------------------------

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(new Settings(Duration.ofDays(60), 4.0, 0.25, 21), Settings.DEFAULT);
        assertEquals(Settings.DEFAULT, new ProficiencyModel().settings());
    }

    @Test
    void defaultsGiveTheJavadocsTenAndEightyPercent() {
        ProficiencyModel byDefault = new ProficiencyModel();
        // one 4-question quiz answered right, stability 2.3 days, recall 0.95 >= 0.9 (value 1):
        // weight min(1, 2.3/21) = 0.10952 (under the 0.25 cap) each, 4 * 2.3/21 = 9.2/21 = 0.4381:
        // 0.4381 / (0.4381 + 4) = 9.2 / (9.2 + 84) = 9.2/93.2 = 0.0987
        List<Evidence> quiz = firstSight(4, NOW.minus(Duration.ofDays(3)), 2.3);
        assertEquals(9.2 / 93.2, byDefault.proficiency(SKILL, quiz, NOW, 0.9), EPS);
        assertEquals(0.0987, byDefault.proficiency(SKILL, quiz, NOW, 0.9), 5e-5);
        // sixteen mature questions right on schedule (stability 21: weight 1; recall 0.9 at 0.9: value 1):
        // 16 / (16 + 4) = 0.8
        assertEquals(0.8, byDefault.proficiency(SKILL, reviews(16, NOW, 0.9, MATURE), NOW, 0.9), EPS);
    }

    // --- one quiz is not mastery -------------------------------------------------------------

    @Test
    void noEvidenceMeansZero() {
        assertEquals(0.0, MODEL.proficiency(SKILL, List.of(), NOW, 0.9));
        assertEquals(Map.of(), MODEL.proficiency(List.of(), NOW, 0.9));
        assertEquals(0.0, NO_PRIOR.proficiency(SKILL, List.of(), NOW, 0.9)); // 0 / 0 is taken as 0
    }

    @Test
    void theSameFourQuestionsRightAgainInReviewsAreFiftyPercent() {
        List<Evidence> evidence = with(firstSight(4, NOW.minus(Duration.ofDays(10)), MATURE), reviews(4, NOW, 0.9, MATURE));
        // the latest answers are the reviews, weight min(1, 21/21) = 1 each (no cap): 4 / (4 + 4) = 0.5
        assertEquals(0.5, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
    }

    // --- weight grows with stability ---------------------------------------------------------

    @Test
    void weightGrowsWithStabilityUpToMatureDays() {
        // stability 10.5: weight 10.5/21 = 0.5: 0.5 / (0.5 + 4) = 1/9
        assertEquals(1.0 / 9, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.9, 10.5)), NOW, 0.9), EPS);
        // stability 21: weight min(1, 21/21) = 1: 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.9, 21)), NOW, 0.9), EPS);
        // stability 42: weight min(1, 42/21 = 2) = 1: 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.9, 42)), NOW, 0.9), EPS);
    }

    @Test
    void aWrongAnswerWeighsByItsStabilityToo() {
        List<Evidence> evidence = List.of(
                review("m#1#1", NOW, true, 0.9, MATURE),
                review("m#1#2", NOW, false, 0.9, 10.5));
        // weights 1 and 10.5/21 = 0.5, values 1 and 0: (1 + 0) / (1 + 0.5 + 4) = 2/11
        assertEquals(2.0 / 11, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
    }

    @Test
    void matureDaysIsTheConfiguredOne() {
        Evidence threeWeeks = review("m#1#1", NOW, true, 0.9, 21);
        // matureDays 42: weight 21/42 = 0.5: 0.5 / (0.5 + 4) = 1/9
        ProficiencyModel slow = new ProficiencyModel(new Settings(Duration.ofDays(60), 4.0, 0.25, 42));
        assertEquals(1.0 / 9, slow.proficiency(SKILL, List.of(threeWeeks), NOW, 0.9), EPS);
        // matureDays 1: stability 2.3 weighs min(1, 2.3/1) = 1: 1 / (1 + 4) = 0.2
        ProficiencyModel fast = new ProficiencyModel(new Settings(Duration.ofDays(60), 4.0, 0.25, 1));
        assertEquals(0.2, fast.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.9, 2.3)), NOW, 0.9), EPS);
    }

    // --- first sight -------------------------------------------------------------------------

    @Test
    void aFirstSightAnswerWeighsAtMostFirstSightWeight() {
        // stability 21: min(min(1, 21/21) = 1, 0.25) = 0.25: 0.25 / (0.25 + 4) = 1/17
        assertEquals(1.0 / 17, MODEL.proficiency(SKILL, firstSight(1, NOW, 21), NOW, 0.9), EPS);
        // stability 2.3: min(2.3/21 = 0.1095, 0.25) = 2.3/21: (2.3/21) / (2.3/21 + 4) = 2.3 / (2.3 + 84) = 2.3/86.3
        assertEquals(2.3 / 86.3, MODEL.proficiency(SKILL, firstSight(1, NOW, 2.3), NOW, 0.9), EPS);
    }

    @Test
    void aFourQuestionQuizAtMatureStabilityIsTwentyPercent() {
        // weights 4 * min(1, 0.25) = 1, values 1 (recall 0.95 >= 0.9): 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, firstSight(4, NOW, MATURE), NOW, 0.9), EPS);
    }

    @Test
    void aFirstSightWeightOfOneCountsTheQuizLikeReviews() {
        ProficiencyModel model = new ProficiencyModel(new Settings(Duration.ofDays(60), 4.0, 1.0, 21));
        // weights 4 * min(1, 1.0) = 4: 4 / (4 + 4) = 0.5
        assertEquals(0.5, model.proficiency(SKILL, firstSight(4, NOW, MATURE), NOW, 0.9), EPS);
    }

    @Test
    void aWrongFirstSightAnswerWeighsAQuarterToo() {
        List<Evidence> quiz = List.of(
                new Evidence(SKILL, "m#1#1", NOW, true, true, 0.95, MATURE),
                new Evidence(SKILL, "m#1#2", NOW, true, true, 0.95, MATURE),
                new Evidence(SKILL, "m#1#3", NOW, false, true, 0.95, MATURE),
                new Evidence(SKILL, "m#1#4", NOW, false, true, 0.95, MATURE));
        // weights 0.25 each: (0.25 + 0.25 + 0 + 0) / (4 * 0.25 + 4) = 0.5 / 5 = 0.1
        assertEquals(0.1, MODEL.proficiency(SKILL, quiz, NOW, 0.9), EPS);
    }

    // --- the latest answer of a question counts ----------------------------------------------

    @Test
    void answeringTheSameQuestionManyTimesDoesNotPileUp() {
        List<Evidence> tenTimes = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            tenTimes.add(review("m#1#1", NOW.minus(Duration.ofDays(day)), true, 0.9, MATURE));
        }
        // one question, weight 1, value 1: 1 / (1 + 4) = 0.2 (not 10 / (10 + 4))
        assertEquals(0.2, MODEL.proficiency(SKILL, tenTimes, NOW, 0.9), EPS);
    }

    @Test
    void wrongThenRightIsKnownAgain() {
        List<Evidence> evidence = List.of(
                review("m#1#1", NOW.minus(Duration.ofDays(2)), false, 0.9, MATURE),
                review("m#1#1", NOW.minus(Duration.ofDays(1)), true, 0.9, MATURE));
        // latest right, weight 1: 1 / (1 + 4) = 0.2, in either order
        assertEquals(0.2, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
        assertEquals(0.2, MODEL.proficiency(SKILL, reversed(evidence), NOW, 0.9), EPS);
    }

    @Test
    void rightThenWrongIsALapse() {
        List<Evidence> evidence = List.of(
                review("m#1#1", NOW.minus(Duration.ofDays(2)), true, 0.9, MATURE),
                review("m#1#1", NOW.minus(Duration.ofDays(1)), false, 0.9, MATURE));
        // latest wrong: 0 / (1 + 4) = 0, in either order
        assertEquals(0.0, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
        assertEquals(0.0, MODEL.proficiency(SKILL, reversed(evidence), NOW, 0.9), EPS);
    }

    @Test
    void atTheSameInstantAReviewWinsOverAFirstSightAnswer() {
        List<Evidence> evidence = List.of(
                new Evidence(SKILL, "m#1#1", NOW, false, true, 0.9, MATURE),
                review("m#1#1", NOW, true, 0.9, MATURE));
        // the review (right, weight 1, no cap) counts: 1 / (1 + 4) = 0.2, in either order
        // (had the quiz won: 0 / (0.25 + 4) = 0)
        assertEquals(0.2, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
        assertEquals(0.2, MODEL.proficiency(SKILL, reversed(evidence), NOW, 0.9), EPS);
        List<Evidence> rightQuizWrongReview = List.of(
                new Evidence(SKILL, "m#1#1", NOW, true, true, 0.9, MATURE),
                review("m#1#1", NOW, false, 0.9, MATURE));
        // the review (wrong, weight 1) counts: 0 / (1 + 4) = 0, in either order
        // (had the quiz won: 0.25 / (0.25 + 4) = 1/17)
        assertEquals(0.0, MODEL.proficiency(SKILL, rightQuizWrongReview, NOW, 0.9), EPS);
        assertEquals(0.0, MODEL.proficiency(SKILL, reversed(rightQuizWrongReview), NOW, 0.9), EPS);
    }

    @Test
    void atTheSameInstantAndKindAWrongAnswerWinsOverARightOne() {
        List<Evidence> evidence = List.of(review("m#1#1", NOW, true, 0.9, MATURE), review("m#1#1", NOW, false, 0.9, MATURE));
        // the wrong answer counts: 0 / (1 + 4) = 0, in either order
        assertEquals(0.0, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
        assertEquals(0.0, MODEL.proficiency(SKILL, reversed(evidence), NOW, 0.9), EPS);
        List<Evidence> quiz = List.of(
                new Evidence(SKILL, "m#1#1", NOW, true, true, 0.9, MATURE),
                new Evidence(SKILL, "m#1#1", NOW, false, true, 0.9, MATURE));
        // two first-sight answers: the wrong one counts: 0 / (0.25 + 4) = 0, in either order
        assertEquals(0.0, MODEL.proficiency(SKILL, quiz, NOW, 0.9), EPS);
        assertEquals(0.0, MODEL.proficiency(SKILL, reversed(quiz), NOW, 0.9), EPS);
    }

    @Test
    void differentQuestionsCountSeparately() {
        List<Evidence> evidence = List.of(
                review("m#1#1", NOW, true, 0.9, MATURE),
                review("m#1#2", NOW, false, 0.9, MATURE),
                review("m#2#1", NOW, true, 0.9, MATURE));
        // (1 + 0 + 1) / (3 + 4) = 2/7
        assertEquals(2.0 / 7, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
    }

    @Test
    void answersWithoutAQuestionEachStandAlone() {
        List<Evidence> evidence = List.of(Evidence.of(SKILL, NOW, true), Evidence.of(SKILL, NOW, true));
        // two reviews, memory unknown, age 0: weight 0.5^0 = 1 each: 2 / (2 + 4) = 1/3
        assertEquals(1.0 / 3, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
    }

    // --- recall relative to the desired retention --------------------------------------------

    @Test
    void aRightAnswerScoresItsRecallRelativeToTheRetention() {
        Evidence overdue = review("m#1#1", NOW, true, 0.63, MATURE);
        // 0.63 / 0.7 = 0.9, no prior: (1 * 0.9) / 1 = 0.9
        assertEquals(0.9, NO_PRIOR.proficiency(SKILL, List.of(overdue), NOW, 0.7), EPS);
        // the same recall against 0.97: 0.63 / 0.97 = 63/97
        assertEquals(63.0 / 97, NO_PRIOR.proficiency(SKILL, List.of(overdue), NOW, 0.97), EPS);
        // with the prior of 4: (1 * 0.9) / (1 + 4) = 0.18
        assertEquals(0.18, MODEL.proficiency(SKILL, List.of(overdue), NOW, 0.7), EPS);
    }

    @Test
    void recallAboveTheRetentionCapsAtOne() {
        // min(1, 0.95 / 0.7 = 1.357) = 1
        assertEquals(1.0, NO_PRIOR.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.95, MATURE)), NOW, 0.7), EPS);
        // exactly at the retention: min(1, 0.7 / 0.7) = 1
        assertEquals(1.0, NO_PRIOR.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.7, MATURE)), NOW, 0.7), EPS);
        // on schedule counts as much at 0.70 as at 0.97: 1 / (1 + 4) = 0.2 both
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.7, MATURE)), NOW, 0.7), EPS);
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.97, MATURE)), NOW, 0.97), EPS);
    }

    @Test
    void aWrongAnswerScoresZeroWhateverTheRecall() {
        // 0 / (1 + 4) = 0
        assertEquals(0.0, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, false, 0.99, MATURE)), NOW, 0.9));
    }

    @Test
    void unknownRecallCountsAsOneWhenFresh() {
        // memory unknown, age 0: weight 0.5^0 = 1, value 1: 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(unknown("m#1#1", NOW, true)), NOW, 0.7), EPS);
    }

    // --- forgetting ---------------------------------------------------------------------------

    @Test
    void evidenceWithoutAMemoryStateFadesWithTheHalfLife() {
        Instant sixtyDaysAgo = NOW.minus(Duration.ofDays(60));
        // one half-life old: weight 0.5^(60/60) = 0.5: 0.5 / (0.5 + 4) = 1/9
        assertEquals(1.0 / 9, MODEL.proficiency(SKILL, List.of(unknown("m#1#1", sixtyDaysAgo, true)), NOW, 0.9), EPS);
        // two half-lives: weight 0.5^(120/60) = 0.25: 0.25 / (0.25 + 4) = 1/17
        Instant oneTwentyDaysAgo = NOW.minus(Duration.ofDays(120));
        assertEquals(1.0 / 17, MODEL.proficiency(SKILL, List.of(unknown("m#1#1", oneTwentyDaysAgo, true)), NOW, 0.9), EPS);
    }

    @Test
    void aFirstSightAnswerWithoutAMemoryStateIsCappedThenFades() {
        // 60 days: min(0.5^(60/60) = 0.5, 0.25) = 0.25: 0.25 / (0.25 + 4) = 1/17
        Evidence oneHalfLife = new Evidence(SKILL, "m#1#1", NOW.minus(Duration.ofDays(60)), true, true, Double.NaN, Double.NaN);
        assertEquals(1.0 / 17, MODEL.proficiency(SKILL, List.of(oneHalfLife), NOW, 0.9), EPS);
        // 180 days: min(0.5^(180/60) = 0.125, 0.25) = 0.125: 0.125 / (0.125 + 4) = 1/33
        Evidence threeHalfLives = new Evidence(SKILL, "m#1#1", NOW.minus(Duration.ofDays(180)), true, true, Double.NaN, Double.NaN);
        assertEquals(1.0 / 33, MODEL.proficiency(SKILL, List.of(threeHalfLives), NOW, 0.9), EPS);
    }

    @Test
    void evidenceWithAMemoryStateDoesNotFadeWithAge() {
        Instant sixtyDaysAgo = NOW.minus(Duration.ofDays(60));
        // stability 21: weight stays min(1, 21/21) = 1 (the recall carries the forgetting): 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", sixtyDaysAgo, true, 0.9, MATURE)), NOW, 0.9), EPS);
        // stability 10.5: weight stays 10.5/21 = 0.5 (not 0.5 * 0.5^(60/60)): 0.5 / (0.5 + 4) = 1/9
        assertEquals(1.0 / 9, MODEL.proficiency(SKILL, List.of(review("m#1#1", sixtyDaysAgo, true, 0.9, 10.5)), NOW, 0.9), EPS);
        // a year old with recall 0.45 at retention 0.9: value 0.45/0.9 = 0.5, weight 1: 0.5 / (1 + 4) = 0.1
        Instant aYearAgo = NOW.minus(Duration.ofDays(365));
        assertEquals(0.1, MODEL.proficiency(SKILL, List.of(review("m#1#1", aYearAgo, true, 0.45, MATURE)), NOW, 0.9), EPS);
    }

    @Test
    void anOldWrongAnswerWithoutAMemoryStateWeighsLessThanARecentOne() {
        Evidence rightNow = unknown("m#1#1", NOW, true);
        Evidence oldWrong = unknown("m#1#2", NOW.minus(Duration.ofDays(60)), false);
        Evidence newWrong = unknown("m#1#2", NOW, false);
        // weights 1 and 0.5^(60/60) = 0.5: (1 + 0) / (1 + 0.5 + 4) = 2/11
        assertEquals(2.0 / 11, MODEL.proficiency(SKILL, List.of(rightNow, oldWrong), NOW, 0.9), EPS);
        // weights 1 and 1: (1 + 0) / (1 + 1 + 4) = 1/6
        assertEquals(1.0 / 6, MODEL.proficiency(SKILL, List.of(rightNow, newWrong), NOW, 0.9), EPS);
    }

    @Test
    void theHalfLifeIsTheConfiguredOne() {
        ProficiencyModel weekly = new ProficiencyModel(new Settings(Duration.ofDays(7), 1.0, 0.25, 21));
        // 14 days at a 7-day half-life: weight 0.5^(14/7) = 0.25: 0.25 / (0.25 + 1) = 0.2
        Evidence twoWeeksOld = unknown("m#1#1", NOW.minus(Duration.ofDays(14)), true);
        assertEquals(0.2, weekly.proficiency(SKILL, List.of(twoWeeksOld), NOW, 0.9), EPS);
    }

    // --- time and scope -----------------------------------------------------------------------

    @Test
    void evidenceAfterNowIsIgnored() {
        // nothing as of now: 0 / (0 + 4) = 0
        assertEquals(0.0, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW.plusSeconds(1), true, 0.9, MATURE)), NOW, 0.9));
        // exactly at now counts: 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.9, MATURE)), NOW, 0.9), EPS);
    }

    @Test
    void aLaterAnswerAfterNowDoesNotReplaceTheLatestAnswerAsOfNow() {
        List<Evidence> evidence = List.of(
                review("m#1#1", NOW.minus(Duration.ofDays(1)), true, 0.9, MATURE),
                review("m#1#1", NOW.plus(Duration.ofHours(1)), false, 0.9, MATURE));
        // the right answer is the latest as of now: 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
    }

    @Test
    void otherSkillsDoNotCount() {
        Evidence other = new Evidence("negotiation", "m#1#1", NOW, true, false, 0.9, MATURE);
        assertEquals(0.0, MODEL.proficiency(SKILL, List.of(other), NOW, 0.9));
    }

    @Test
    void theSameQuestionUnderTwoSkillsCountsForEach() {
        List<Evidence> evidence = List.of(
                new Evidence("negotiation", "m#1#1", NOW, true, false, 0.9, MATURE),
                review("m#1#1", NOW, true, 0.9, MATURE));
        // each skill: 1 / (1 + 4) = 0.2
        assertEquals(Map.of(SKILL, 0.2, "negotiation", 0.2), MODEL.proficiency(evidence, NOW, 0.9));
    }

    @Test
    void mapGivesEverySkillWithEvidenceSortedById() {
        List<Evidence> evidence = List.of(
                new Evidence("negotiation", "n#1#1", NOW, true, false, 0.63, 10.5),
                review("m#1#1", NOW, true, 0.9, MATURE),
                review("m#1#2", NOW, false, 0.9, MATURE));
        Map<String, Double> result = MODEL.proficiency(evidence, NOW, 0.7);
        assertEquals(List.of(SKILL, "negotiation"), new ArrayList<>(result.keySet()));
        // (1 * 1 + 1 * 0) / (2 + 4) = 1/6
        assertEquals(1.0 / 6, result.get(SKILL), EPS);
        // weight 10.5/21 = 0.5, value 0.63/0.7 = 0.9: (0.5 * 0.9) / (0.5 + 4) = 0.45/4.5 = 0.1
        assertEquals(0.1, result.get("negotiation"), EPS);
    }

    // --- bounds -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, 1.0001, 2.0, Double.NaN})
    void firstSightWeightOutsideZeroToOneIsRefused(double weight) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ofDays(60), 4.0, weight, 21));
        assertEquals("firstSightWeight must be in (0,1], was " + weight, e.getMessage());
    }

    @Test
    void firstSightWeightBoundsAreAccepted() {
        assertEquals(1.0, new Settings(Duration.ofDays(60), 4.0, 1.0, 21).firstSightWeight());
        assertEquals(0.001, new Settings(Duration.ofDays(60), 4.0, 0.001, 21).firstSightWeight());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.999, -21.0, Double.NaN, Double.POSITIVE_INFINITY})
    void matureDaysBelowOneOrNotFiniteIsRefused(double days) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ofDays(60), 4.0, 0.25, days));
        assertEquals("matureDays must be >= 1, was " + days, e.getMessage());
    }

    @Test
    void matureDaysBoundsAreAccepted() {
        assertEquals(1.0, new Settings(Duration.ofDays(60), 4.0, 0.25, 1).matureDays());
        assertEquals(365.0, new Settings(Duration.ofDays(60), 4.0, 0.25, 365).matureDays());
    }

    @Test
    void settingsRejectNonPositiveHalfLifeAndBadPriors() {
        assertEquals("halfLife must be positive, was PT0S", assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ZERO, 4.0, 0.25, 21)).getMessage());
        assertEquals("halfLife must be positive, was PT-24H", assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ofDays(-1), 4.0, 0.25, 21)).getMessage());
        assertEquals("halfLife", assertThrows(NullPointerException.class,
                () -> new Settings(null, 4.0, 0.25, 21)).getMessage());
        assertEquals("priorWeight must be >= 0, was -1.0", assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ofDays(1), -1, 0.25, 21)).getMessage());
        assertEquals("priorWeight must be >= 0, was NaN", assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ofDays(1), Double.NaN, 0.25, 21)).getMessage());
        assertEquals("priorWeight must be >= 0, was Infinity", assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ofDays(1), Double.POSITIVE_INFINITY, 0.25, 21)).getMessage());
        assertEquals(0.0, new Settings(Duration.ofDays(1), 0, 0.25, 21).priorWeight());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.5, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
    void retentionOutsideZeroToOneIsRefusedByBothMethods(double retention) {
        String message = "retention must be in (0,1], was " + retention;
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> MODEL.proficiency(SKILL, List.of(), NOW, retention)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> MODEL.proficiency(List.of(), NOW, retention)).getMessage());
    }

    @Test
    void retentionOfOneIsAccepted() {
        // 0.9 / 1.0 = 0.9, no prior: (1 * 0.9) / 1 = 0.9
        assertEquals(0.9, NO_PRIOR.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.9, MATURE)), NOW, 1.0), EPS);
    }

    // --- Evidence's invariants ----------------------------------------------------------------

    @Test
    void evidenceRejectsRecallOutsideZeroToOne() {
        assertEquals("recall must be in [0,1] or NaN, was 1.5", assertThrows(IllegalArgumentException.class,
                () -> new Evidence(SKILL, "q", NOW, true, false, 1.5, MATURE)).getMessage());
        assertEquals("recall must be in [0,1] or NaN, was -0.1", assertThrows(IllegalArgumentException.class,
                () -> new Evidence(SKILL, "q", NOW, true, false, -0.1, MATURE)).getMessage());
        assertEquals("skillId", assertThrows(NullPointerException.class,
                () -> new Evidence(null, "q", NOW, true, false, 0.5, MATURE)).getMessage());
        assertEquals("answeredAt", assertThrows(NullPointerException.class,
                () -> new Evidence(SKILL, "q", null, true, false, 0.5, MATURE)).getMessage());
        assertEquals(0.0, new Evidence(SKILL, "q", NOW, true, false, 0.0, MATURE).recall());
        assertEquals(1.0, new Evidence(SKILL, null, NOW, true, false, 1.0, MATURE).recall());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, -1.0, Double.NEGATIVE_INFINITY})
    void evidenceRejectsAStabilityThatIsNotPositive(double stability) {
        assertEquals("stability must be > 0 or NaN, was " + stability, assertThrows(IllegalArgumentException.class,
                () -> new Evidence(SKILL, "q", NOW, true, false, 0.9, stability)).getMessage());
    }

    @Test
    void evidenceKnowsRecallAndStabilityTogether() {
        assertEquals("recall and stability are known together, were 0.9 and NaN", assertThrows(IllegalArgumentException.class,
                () -> new Evidence(SKILL, "q", NOW, true, false, 0.9, Double.NaN)).getMessage());
        assertEquals("recall and stability are known together, were NaN and 5.0", assertThrows(IllegalArgumentException.class,
                () -> new Evidence(SKILL, "q", NOW, true, false, Double.NaN, 5.0)).getMessage());
        // both unknown, both known (the least positive stability included)
        Evidence neither = new Evidence(SKILL, "q", NOW, true, false, Double.NaN, Double.NaN);
        assertEquals(Double.NaN, neither.recall());
        assertEquals(Double.NaN, neither.stability());
        assertEquals(Double.MIN_VALUE, new Evidence(SKILL, "q", NOW, true, false, 0.5, Double.MIN_VALUE).stability());
        // Evidence.of: a review of its own, memory unknown
        assertEquals(new Evidence(SKILL, null, NOW, false, false, Double.NaN, Double.NaN), Evidence.of(SKILL, NOW, false));
    }

    // --- helpers ------------------------------------------------------------------------------

    private static Evidence review(String question, Instant at, boolean correct, double recall, double stability) {
        return new Evidence(SKILL, question, at, correct, false, recall, stability);
    }

    /** A review of a question without a memory state (a module version replaced since). */
    private static Evidence unknown(String question, Instant at, boolean correct) {
        return new Evidence(SKILL, question, at, correct, false, Double.NaN, Double.NaN);
    }

    /** A lesson quiz of n questions answered right, recall 0.95 (a new card), at the given stability. */
    private static List<Evidence> firstSight(int n, Instant at, double stability) {
        List<Evidence> quiz = new ArrayList<>();
        for (int q = 1; q <= n; q++) {
            quiz.add(new Evidence(SKILL, "m#1#" + q, at, true, true, 0.95, stability));
        }
        return quiz;
    }

    /** Questions 1..n of the same module answered right in reviews. */
    private static List<Evidence> reviews(int n, Instant at, double recall, double stability) {
        List<Evidence> answers = new ArrayList<>();
        for (int q = 1; q <= n; q++) {
            answers.add(review("m#1#" + q, at, true, recall, stability));
        }
        return answers;
    }

    private static List<Evidence> with(List<Evidence> a, List<Evidence> b) {
        List<Evidence> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Evidence> reversed(List<Evidence> list) {
        List<Evidence> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
