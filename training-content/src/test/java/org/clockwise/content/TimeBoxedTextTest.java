package org.clockwise.content;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeBoxedTextTest {

    static Question shortAnswer(String... patterns) {
        return new Question(1, "Prompt", QuestionType.SHORT_ANSWER, List.of(), List.of(), List.of(patterns), "", 1);
    }

    @Test
    void aCatastrophicPatternEndsQuicklyAsNoMatch() {
        Question q = shortAnswer("(a+)+$");
        String evil = "a".repeat(60) + "!";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertFalse(q.matchesShortAnswer(evil)));
    }

    @Test
    void ordinaryPatternsStillMatchIgnoringCase() {
        assertTrue(shortAnswer("^\\s*58([.,]1)?\\s*%?\\s*$").matchesShortAnswer(" 58,1 % "));
        assertTrue(shortAnswer("summary").matchesShortAnswer("SUMMARY"));
    }
}
