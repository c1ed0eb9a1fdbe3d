package org.clockwise.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring rules: choice questions all or nothing, short answers trimmed and ignoring case. */
class QuestionTest {

    private static Question choice(QuestionType type, boolean... correct) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            options.add(new Option(Option.keyFor(i), "Option " + i, correct[i], "", 10 + i));
        }
        return new Question(1, "Pick", type, options, List.of(), List.of(), "", 9);
    }

    private static final Question SHORT = new Question(1, "Share in percent?", QuestionType.SHORT_ANSWER, List.of(),
            List.of("58.1", "Fifty-eight"), List.of("^\\s*58([.,]1)?\\s*%?\\s*$"), "", 9);

    @Test
    void singleChoiceNeedsExactlyTheRightOption() {
        Question q = choice(QuestionType.SINGLE, false, true, false);
        assertTrue(q.isCorrect(Set.of("b")));
        assertFalse(q.isCorrect(Set.of("a")));
        assertFalse(q.isCorrect(Set.of("a", "b")));
        assertFalse(q.isCorrect(Set.of()));
        assertFalse(q.isCorrect(null));
    }

    @Test
    void multipleChoiceIsAllOrNothing() {
        Question q = choice(QuestionType.MULTIPLE, true, true, false);
        assertTrue(q.isCorrect(Set.of("a", "b")));
        assertFalse(q.isCorrect(Set.of("a")), "half right is wrong");
        assertFalse(q.isCorrect(Set.of("a", "b", "c")), "a wrong extra is wrong");
        assertEquals(Set.of("a", "b"), q.correctKeys());
    }

    @Test
    void shortAnswerIsNeverCorrectByKeys() {
        assertFalse(SHORT.isCorrect(Set.of()));
        assertFalse(choice(QuestionType.SINGLE, true, false).matchesShortAnswer("Option 0"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            58.1              | true
            "  58.1  "        | true
            FIFTY-EIGHT       | true
            58,1              | true
            58 %              | true
            58                | true
            581               | false
            58.12             | false
            "about 58.1"      | false
            ""                | false
            """)
    void shortAnswers(String answer, boolean expected) {
        assertEquals(expected, SHORT.matchesShortAnswer(answer), answer);
    }

    @Test
    void patternsMatchTheWholeAnswerIgnoringCase() {
        Question q = new Question(1, "Who?", QuestionType.SHORT_ANSWER, List.of(), List.of(), List.of("c[fi]o"), "", 1);
        assertTrue(q.matchesShortAnswer("CFO"));
        assertTrue(q.matchesShortAnswer(" cio "));
        assertFalse(q.matchesShortAnswer("the CFO"));
    }

    @Test
    void overlongAnswersAreNotMatched() {
        Question q = new Question(1, "Anything?", QuestionType.SHORT_ANSWER, List.of(), List.of(), List.of(".*"), "", 1);
        assertTrue(q.matchesShortAnswer("x".repeat(Question.MAX_ANSWER_LENGTH)));
        assertFalse(q.matchesShortAnswer("x".repeat(Question.MAX_ANSWER_LENGTH + 1)));
        assertFalse(q.matchesShortAnswer(null));
    }

    @Test
    void invariants() {
        Option a = new Option("a", "A", true, "", 2);
        assertThrows(IllegalArgumentException.class, () -> new Question(0, "P", QuestionType.SINGLE, List.of(a), List.of(), List.of(), "", 1));
        assertThrows(IllegalArgumentException.class, () -> new Question(1, "P", QuestionType.SINGLE, List.of(a, a), List.of(), List.of(), "", 1));
        assertThrows(IllegalArgumentException.class, () -> new Question(1, "P", QuestionType.SHORT_ANSWER, List.of(a), List.of("x"), List.of(), "", 1));
        assertThrows(IllegalArgumentException.class, () -> new Question(1, "P", QuestionType.SINGLE, List.of(a), List.of("x"), List.of(), "", 1));
        assertThrows(NullPointerException.class, () -> new Question(1, null, QuestionType.SINGLE, List.of(a), List.of(), List.of(), "", 1));
        assertEquals("", new Question(1, "P", QuestionType.SINGLE, List.of(a), List.of(), List.of(), null, 1).explanationHtml());
    }

    @Test
    void optionKeys() {
        assertEquals(List.of("a", "b", "z", "aa", "ab"),
                List.of(Option.keyFor(0), Option.keyFor(1), Option.keyFor(25), Option.keyFor(26), Option.keyFor(27)));
        assertThrows(IllegalArgumentException.class, () -> new Option("A", "x", true, "", 1));
        assertThrows(IllegalArgumentException.class, () -> new Option("a", "x", true, "", 0));
    }
}
