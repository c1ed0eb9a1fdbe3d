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
 * The rules of {@link ProficiencyModel}, each value computed by hand from its formula:
 * proficiency = sum(weight_q * value_q) / (sum(weight_q) + priorWeight), counting each question's
 * latest answer only.
 */
class ProficiencyModelTest {

    private static final Instant NOW = Instant.parse("2025-06-02T12:00:00Z");
    private static final String SKILL = "discovery-questioning";
    private static final double EPS = 1e-12;

    /** Spelled out so that tuning {@link Settings#DEFAULT} does not change these expectations. */
    private static final ProficiencyModel MODEL =
            new ProficiencyModel(new Settings(Duration.ofDays(60), 4.0, 0.25));
    /** No prior: the value of a single answer shows as is. */
    private static final ProficiencyModel NO_PRIOR =
            new ProficiencyModel(new Settings(Duration.ofDays(60), 0.0, 0.25));

    // --- the documented defaults -------------------------------------------------------------

    @Test
    void defaultsGiveTheDocumentedTwentyFiftyAndEightyPercent() {
        ProficiencyModel byDefault = new ProficiencyModel();
        assertEquals(Settings.DEFAULT, byDefault.settings());
        List<Evidence> quiz = firstSight(4, NOW.minus(Duration.ofDays(3)));
        // 4 first-sight answers weigh 0.25 each: 1 / (1 + 4) = 0.2
        assertEquals(0.2, byDefault.proficiency(SKILL, quiz, NOW, 0.9), EPS);
        // the same 4 questions right again in reviews (on schedule, recall 0.9 at retention 0.9):
        // 4 / (4 + 4) = 0.5
        assertEquals(0.5, byDefault.proficiency(SKILL, with(quiz, reviews(4, NOW, 0.9)), NOW, 0.9), EPS);
        // 16 questions right in reviews: 16 / (16 + 4) = 0.8
        assertEquals(0.8, byDefault.proficiency(SKILL, reviews(16, NOW, 0.9), NOW, 0.9), EPS);
    }

    // --- one quiz is not mastery -------------------------------------------------------------

    @Test
    void noEvidenceMeansZero() {
        assertEquals(0.0, MODEL.proficiency(SKILL, List.of(), NOW, 0.9));
        assertEquals(Map.of(), MODEL.proficiency(List.of(), NOW, 0.9));
        assertEquals(0.0, NO_PRIOR.proficiency(SKILL, List.of(), NOW, 0.9)); // 0 / 0 is taken as 0
    }

    @Test
    void oneFourQuestionQuizAllRightIsTwentyPercent() {
        // weights 4 * 0.25 = 1, values 1 (recall 0.95 >= 0.9): 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, firstSight(4, NOW), NOW, 0.9), EPS);
    }

    @Test
    void theSameFourQuestionsRightAgainInReviewsAreFiftyPercent() {
        List<Evidence> evidence = with(firstSight(4, NOW.minus(Duration.ofDays(10))), reviews(4, NOW, 0.9));
        // latest answers are the reviews, weight 1 each: 4 / (4 + 4) = 0.5
        assertEquals(0.5, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
    }

    @Test
    void aFirstSightWeightOfOneCountsTheQuizLikeReviews() {
        ProficiencyModel model = new ProficiencyModel(new Settings(Duration.ofDays(60), 4.0, 1.0));
        // 4 * 1 / (4 + 4) = 0.5
        assertEquals(0.5, model.proficiency(SKILL, firstSight(4, NOW), NOW, 0.9), EPS);
    }

    @Test
    void aWrongFirstSightAnswerWeighsAQuarterToo() {
        List<Evidence> quiz = List.of(
                new Evidence(SKILL, "m#1#1", NOW, true, true, 0.95),
                new Evidence(SKILL, "m#1#2", NOW, true, true, 0.95),
                new Evidence(SKILL, "m#1#3", NOW, false, true, 0.95),
                new Evidence(SKILL, "m#1#4", NOW, false, true, 0.95));
        // (0.25 + 0.25 + 0 + 0) / (1 + 4) = 0.1
        assertEquals(0.1, MODEL.proficiency(SKILL, quiz, NOW, 0.9), EPS);
    }

    // --- the latest answer of a question counts ----------------------------------------------

    @Test
    void answeringTheSameQuestionManyTimesDoesNotPileUp() {
        List<Evidence> tenTimes = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            tenTimes.add(review("m#1#1", NOW.minus(Duration.ofDays(day)), true, 0.9));
        }
        // one question, weight 1, value 1: 1 / (1 + 4) = 0.2 (not 10 / 14)
        assertEquals(0.2, MODEL.proficiency(SKILL, tenTimes, NOW, 0.9), EPS);
    }

    @Test
    void wrongThenRightIsKnownAgain() {
        List<Evidence> evidence = List.of(
                review("m#1#1", NOW.minus(Duration.ofDays(2)), false, 0.9),
                review("m#1#1", NOW.minus(Duration.ofDays(1)), true, 0.9));
        // latest right: 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
        assertEquals(0.2, MODEL.proficiency(SKILL, reversed(evidence), NOW, 0.9), EPS);
    }

    @Test
    void rightThenWrongIsALapse() {
        List<Evidence> evidence = List.of(
                review("m#1#1", NOW.minus(Duration.ofDays(2)), true, 0.9),
                review("m#1#1", NOW.minus(Duration.ofDays(1)), false, 0.9));
        // latest wrong: 0 / (1 + 4) = 0
        assertEquals(0.0, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
        assertEquals(0.0, MODEL.proficiency(SKILL, reversed(evidence), NOW, 0.9), EPS);
    }

    @Test
    void atTheSameInstantAReviewWinsOverAFirstSightAnswer() {
        List<Evidence> evidence = List.of(
                new Evidence(SKILL, "m#1#1", NOW, false, true, 0.9),
                review("m#1#1", NOW, true, 0.9));
        // the review (right, weight 1) counts: 1 / (1 + 4) = 0.2, in either order
        assertEquals(0.2, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
        assertEquals(0.2, MODEL.proficiency(SKILL, reversed(evidence), NOW, 0.9), EPS);
        List<Evidence> rightQuizWrongReview = List.of(
                new Evidence(SKILL, "m#1#1", NOW, true, true, 0.9),
                review("m#1#1", NOW, false, 0.9));
        // the review (wrong, weight 1) counts: 0 / (1 + 4) = 0
        assertEquals(0.0, MODEL.proficiency(SKILL, rightQuizWrongReview, NOW, 0.9), EPS);
        assertEquals(0.0, MODEL.proficiency(SKILL, reversed(rightQuizWrongReview), NOW, 0.9), EPS);
    }

    @Test
    void atTheSameInstantAndKindAWrongAnswerWinsOverARightOne() {
        List<Evidence> evidence = List.of(review("m#1#1", NOW, true, 0.9), review("m#1#1", NOW, false, 0.9));
        // the wrong answer counts: 0 / (1 + 4) = 0, in either order
        assertEquals(0.0, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
        assertEquals(0.0, MODEL.proficiency(SKILL, reversed(evidence), NOW, 0.9), EPS);
    }

    @Test
    void differentQuestionsCountSeparately() {
        List<Evidence> evidence = List.of(
                review("m#1#1", NOW, true, 0.9),
                review("m#1#2", NOW, false, 0.9),
                review("m#2#1", NOW, true, 0.9));
        // (1 + 0 + 1) / (3 + 4) = 2/7
        assertEquals(2.0 / 7, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
    }

    @Test
    void answersWithoutAQuestionEachStandAlone() {
        List<Evidence> evidence = List.of(Evidence.of(SKILL, NOW, true), Evidence.of(SKILL, NOW, true));
        // two reviews, recall unknown, age 0 (weight 1): 2 / (2 + 4) = 1/3
        assertEquals(1.0 / 3, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
    }

    // --- recall relative to the desired retention --------------------------------------------

    @Test
    void aRightAnswerScoresItsRecallRelativeToTheRetention() {
        Evidence overdue = review("m#1#1", NOW, true, 0.63);
        // 0.63 / 0.7 = 0.9, no prior: 0.9 / 1 = 0.9
        assertEquals(0.9, NO_PRIOR.proficiency(SKILL, List.of(overdue), NOW, 0.7), EPS);
        // the same recall against 0.97: 0.63 / 0.97 = 63/97
        assertEquals(63.0 / 97, NO_PRIOR.proficiency(SKILL, List.of(overdue), NOW, 0.97), EPS);
        // with the prior of 4: 0.9 / (1 + 4) = 0.18
        assertEquals(0.18, MODEL.proficiency(SKILL, List.of(overdue), NOW, 0.7), EPS);
    }

    @Test
    void recallAboveTheRetentionCapsAtOne() {
        // min(1, 0.95 / 0.7 = 1.357...) = 1
        assertEquals(1.0, NO_PRIOR.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.95)), NOW, 0.7), EPS);
        // exactly at the retention: min(1, 0.7 / 0.7) = 1
        assertEquals(1.0, NO_PRIOR.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.7)), NOW, 0.7), EPS);
        // on schedule counts as much at 0.70 as at 0.97: 1 / (1 + 4) = 0.2 both
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.7)), NOW, 0.7), EPS);
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.97)), NOW, 0.97), EPS);
    }

    @Test
    void aWrongAnswerScoresZeroWhateverTheRecall() {
        // 0 / (1 + 4) = 0
        assertEquals(0.0, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, false, 0.99)), NOW, 0.9));
    }

    @Test
    void unknownRecallCountsAsOneWhenFresh() {
        // recall NaN, age 0: weight 1, value 1: 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, true, Double.NaN)), NOW, 0.7), EPS);
    }

    // --- forgetting ---------------------------------------------------------------------------

    @Test
    void evidenceWithoutRecallFadesWithTheHalfLife() {
        Instant sixtyDaysAgo = NOW.minus(Duration.ofDays(60));
        // one half-life old: weight 0.5^(60/60) = 0.5: 0.5 / (0.5 + 4) = 1/9
        assertEquals(1.0 / 9, MODEL.proficiency(SKILL, List.of(review("m#1#1", sixtyDaysAgo, true, Double.NaN)), NOW, 0.9), EPS);
        // two half-lives: weight 0.25: 0.25 / (0.25 + 4) = 1/17
        Instant oneTwentyDaysAgo = NOW.minus(Duration.ofDays(120));
        assertEquals(1.0 / 17, MODEL.proficiency(SKILL, List.of(review("m#1#1", oneTwentyDaysAgo, true, Double.NaN)), NOW, 0.9), EPS);
        // a first-sight answer one half-life old: 0.25 * 0.5 = 0.125: 0.125 / (0.125 + 4) = 1/33
        Evidence oldQuiz = new Evidence(SKILL, "m#1#1", sixtyDaysAgo, true, true, Double.NaN);
        assertEquals(1.0 / 33, MODEL.proficiency(SKILL, List.of(oldQuiz), NOW, 0.9), EPS);
    }

    @Test
    void evidenceWithRecallDoesNotFadeWithAge() {
        Instant sixtyDaysAgo = NOW.minus(Duration.ofDays(60));
        // weight stays 1 (the recall carries the forgetting): 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", sixtyDaysAgo, true, 0.9)), NOW, 0.9), EPS);
        // a year old with recall 0.45 at retention 0.9: 0.5 / (1 + 4) = 0.1
        Instant aYearAgo = NOW.minus(Duration.ofDays(365));
        assertEquals(0.1, MODEL.proficiency(SKILL, List.of(review("m#1#1", aYearAgo, true, 0.45)), NOW, 0.9), EPS);
    }

    @Test
    void anOldWrongAnswerWithoutRecallWeighsLessThanARecentOne() {
        Evidence rightNow = review("m#1#1", NOW, true, Double.NaN);
        Evidence oldWrong = review("m#1#2", NOW.minus(Duration.ofDays(60)), false, Double.NaN);
        Evidence newWrong = review("m#1#2", NOW, false, Double.NaN);
        // (1 + 0) / (1 + 0.5 + 4) = 2/11
        assertEquals(2.0 / 11, MODEL.proficiency(SKILL, List.of(rightNow, oldWrong), NOW, 0.9), EPS);
        // (1 + 0) / (1 + 1 + 4) = 1/6
        assertEquals(1.0 / 6, MODEL.proficiency(SKILL, List.of(rightNow, newWrong), NOW, 0.9), EPS);
    }

    @Test
    void theHalfLifeIsTheConfiguredOne() {
        ProficiencyModel weekly = new ProficiencyModel(new Settings(Duration.ofDays(7), 1.0, 0.25));
        // 14 days at a 7-day half-life: weight 0.25: 0.25 / (0.25 + 1) = 0.2
        Evidence twoWeeksOld = review("m#1#1", NOW.minus(Duration.ofDays(14)), true, Double.NaN);
        assertEquals(0.2, weekly.proficiency(SKILL, List.of(twoWeeksOld), NOW, 0.9), EPS);
    }

    // --- time and scope -----------------------------------------------------------------------

    @Test
    void evidenceAfterNowIsIgnored() {
        assertEquals(0.0, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW.plusSeconds(1), true, 0.9)), NOW, 0.9));
        // exactly at now counts: 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.9)), NOW, 0.9), EPS);
    }

    @Test
    void aLaterAnswerAfterNowDoesNotReplaceTheLatestAnswerAsOfNow() {
        List<Evidence> evidence = List.of(
                review("m#1#1", NOW.minus(Duration.ofDays(1)), true, 0.9),
                review("m#1#1", NOW.plus(Duration.ofHours(1)), false, 0.9));
        // the right answer is the latest as of now: 1 / (1 + 4) = 0.2
        assertEquals(0.2, MODEL.proficiency(SKILL, evidence, NOW, 0.9), EPS);
    }

    @Test
    void otherSkillsDoNotCount() {
        Evidence other = new Evidence("negotiation", "m#1#1", NOW, true, false, 0.9);
        assertEquals(0.0, MODEL.proficiency(SKILL, List.of(other), NOW, 0.9));
    }

    @Test
    void theSameQuestionUnderTwoSkillsCountsForEach() {
        List<Evidence> evidence = List.of(
                new Evidence("negotiation", "m#1#1", NOW, true, false, 0.9),
                review("m#1#1", NOW, true, 0.9));
        // each skill: 1 / (1 + 4) = 0.2
        assertEquals(Map.of(SKILL, 0.2, "negotiation", 0.2), MODEL.proficiency(evidence, NOW, 0.9));
    }

    @Test
    void mapGivesEverySkillWithEvidenceSortedById() {
        List<Evidence> evidence = List.of(
                new Evidence("negotiation", "n#1#1", NOW, true, false, 0.63),
                review("m#1#1", NOW, true, 0.9),
                review("m#1#2", NOW, false, 0.9));
        Map<String, Double> result = MODEL.proficiency(evidence, NOW, 0.7);
        assertEquals(List.of(SKILL, "negotiation"), new ArrayList<>(result.keySet()));
        // (1 + 0) / (2 + 4) = 1/6
        assertEquals(1.0 / 6, result.get(SKILL), EPS);
        // (0.63 / 0.7 = 0.9) / (1 + 4) = 0.18
        assertEquals(0.18, result.get("negotiation"), EPS);
    }

    // --- bounds -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, 1.0001, 2.0, Double.NaN})
    void firstSightWeightOutsideZeroToOneIsRefused(double weight) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ofDays(60), 4.0, weight));
        assertEquals("firstSightWeight must be in (0,1], was " + weight, e.getMessage());
    }

    @Test
    void firstSightWeightBoundsAreAccepted() {
        assertEquals(1.0, new Settings(Duration.ofDays(60), 4.0, 1.0).firstSightWeight());
        assertEquals(0.001, new Settings(Duration.ofDays(60), 4.0, 0.001).firstSightWeight());
    }

    @Test
    void settingsRejectNonPositiveHalfLifeAndBadPriors() {
        assertEquals("halfLife must be positive, was PT0S", assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ZERO, 4.0, 0.25)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Settings(Duration.ofDays(-1), 4.0, 0.25));
        assertThrows(NullPointerException.class, () -> new Settings(null, 4.0, 0.25));
        assertEquals("priorWeight must be >= 0, was -1.0", assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ofDays(1), -1, 0.25)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Settings(Duration.ofDays(1), Double.NaN, 0.25));
        assertThrows(IllegalArgumentException.class,
                () -> new Settings(Duration.ofDays(1), Double.POSITIVE_INFINITY, 0.25));
        assertEquals(0.0, new Settings(Duration.ofDays(1), 0, 0.25).priorWeight());
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
        // 0.9 / 1.0 = 0.9, no prior
        assertEquals(0.9, NO_PRIOR.proficiency(SKILL, List.of(review("m#1#1", NOW, true, 0.9)), NOW, 1.0), EPS);
    }

    @Test
    void evidenceRejectsRecallOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new Evidence(SKILL, "q", NOW, true, false, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Evidence(SKILL, "q", NOW, true, false, -0.1));
        assertThrows(NullPointerException.class, () -> new Evidence(null, "q", NOW, true, false, 0.5));
        assertEquals(0.0, new Evidence(SKILL, "q", NOW, true, false, 0.0).recall());
        assertEquals(1.0, new Evidence(SKILL, null, NOW, true, false, 1.0).recall());
    }

    private static Evidence review(String question, Instant at, boolean correct, double recall) {
        return new Evidence(SKILL, question, at, correct, false, recall);
    }

    /** A lesson quiz of n questions answered right, recall 0.95 (a new card). */
    private static List<Evidence> firstSight(int n, Instant at) {
        List<Evidence> quiz = new ArrayList<>();
        for (int q = 1; q <= n; q++) {
            quiz.add(new Evidence(SKILL, "m#1#" + q, at, true, true, 0.95));
        }
        return quiz;
    }

    /** Questions 1..n of the same module answered right in reviews. */
    private static List<Evidence> reviews(int n, Instant at, double recall) {
        List<Evidence> answers = new ArrayList<>();
        for (int q = 1; q <= n; q++) {
            answers.add(review("m#1#" + q, at, true, recall));
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
