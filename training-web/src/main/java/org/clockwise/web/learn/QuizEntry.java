package org.clockwise.web.learn;

import org.clockwise.content.Question;
import org.clockwise.content.Quiz;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.review.Confidence;

import java.util.List;
import java.util.Map;

/**
 * What a rep entered on a quiz form, kept to show the form again, and which questions they left
 * unanswered. A quiz with a question unanswered is refused, not scored: a blank is not a wrong
 * answer, and recording it would complete the module and lower the rep's skills.
 */
public record QuizEntry(Map<Integer, QuizGrading.Answer> answers, Map<Integer, Confidence> confidence, List<Integer> missing) {

    public static final QuizEntry EMPTY = new QuizEntry(Map.of(), Map.of(), List.of());

    public QuizEntry {
        answers = Map.copyOf(answers);
        confidence = Map.copyOf(confidence);
        missing = List.copyOf(missing);
    }

    /** Reads the posted form against the quiz it answers; questions the quiz lacks are ignored. */
    public static QuizEntry read(Quiz quiz, Map<String, ?> form) {
        Map<Integer, QuizGrading.Answer> answers = QuizForm.answers(form);
        List<Integer> missing = quiz.questions().stream().map(Question::index)
                .filter(i -> answers.getOrDefault(i, QuizGrading.Answer.NONE).isBlank())
                .toList();
        return new QuizEntry(answers, QuizForm.confidence(form), missing);
    }

    /** Every question has an answer: the quiz may be scored. */
    public boolean complete() {
        return missing.isEmpty();
    }

    public boolean isMissing(int question) {
        return missing.contains(question);
    }

    public boolean isChosen(int question, String key) {
        return answers.getOrDefault(question, QuizGrading.Answer.NONE).keys().contains(key);
    }

    public String textOf(int question) {
        return answers.getOrDefault(question, QuizGrading.Answer.NONE).text();
    }

    public boolean isSure(int question) {
        return confidence.get(question) == Confidence.SURE;
    }

    public boolean isUnsure(int question) {
        return confidence.get(question) == Confidence.UNSURE;
    }
}
