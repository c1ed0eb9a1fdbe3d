package org.clockwise.web.learn;

import org.clockwise.content.Option;
import org.clockwise.content.Question;
import org.clockwise.content.QuestionType;
import org.clockwise.content.Quiz;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizEntryTest {

    static final Quiz QUIZ = new Quiz(List.of(
            new Question(1, "Single?", QuestionType.SINGLE, List.of(option("a", true), option("b", false)), List.of(), List.of(), "", 1),
            new Question(2, "Multiple?", QuestionType.MULTIPLE, List.of(option("a", true), option("b", true), option("c", false)),
                    List.of(), List.of(), "", 5),
            new Question(3, "Short?", QuestionType.SHORT_ANSWER, List.of(), List.of("5"), List.of(), "", 9)));

    static Option option(String key, boolean correct) {
        return new Option(key, "Option " + key, correct, "", 1);
    }

    @Test
    void aBlankFormMissesEveryQuestion() {
        QuizEntry entry = QuizEntry.read(QUIZ, Map.of("_csrf", "x", "attempt", "y"));
        assertFalse(entry.complete());
        assertEquals(List.of(1, 2, 3), entry.missing());
    }

    @Test
    void whitespaceIsNoAnswerAndAConfidenceAloneIsNoAnswer() {
        QuizEntry entry = QuizEntry.read(QUIZ, Map.of("q1", "a", "q2", List.of("a", "b"), "q3", "   ", "c3", "sure"));
        assertEquals(List.of(3), entry.missing());
        assertTrue(entry.isSure(3), "kept to show the form again");
        assertTrue(entry.isChosen(2, "b"));
        assertFalse(entry.isChosen(2, "c"));
    }

    @Test
    void everyQuestionAnsweredIsComplete() {
        QuizEntry entry = QuizEntry.read(QUIZ, Map.of("q1", "b", "q2", "c", "q3", "five", "c1", "unsure", "q9", "a"));
        assertTrue(entry.complete(), "a wrong answer is still an answer; a question the quiz lacks is not asked for");
        assertEquals("five", entry.textOf(3));
        assertTrue(entry.isUnsure(1));
        assertFalse(entry.isMissing(1));
    }
}
