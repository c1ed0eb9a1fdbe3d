package org.clockwise.core.course;

import org.clockwise.content.Option;
import org.clockwise.content.Question;
import org.clockwise.content.QuestionType;
import org.clockwise.content.Quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a submitted quiz. Choice questions count when exactly the correct options are chosen
 * (all or nothing, so ticking every box never pays); short answers when they match an accepted
 * answer or pattern.
 */
public final class QuizGrading {

    private QuizGrading() {
    }

    /** What the rep gave for one question: chosen option keys, or the typed text. */
    public record Answer(Set<String> keys, String text) {
        public Answer {
            keys = keys == null ? Set.of() : Set.copyOf(keys);
            text = text == null ? "" : text;
        }

        public static final Answer NONE = new Answer(Set.of(), "");

        public boolean isBlank() {
            return keys.isEmpty() && text.isBlank();
        }
    }

    public record OptionResult(String key, String text, boolean chosen, boolean correct, String feedbackHtml) {
    }

    public record QuestionResult(Question question, Answer answer, boolean correct, List<OptionResult> options) {
        public boolean shortAnswer() {
            return question.type() == QuestionType.SHORT_ANSWER;
        }

        /** For a short answer shown after grading: the first accepted answer, as the model answer. */
        public String modelAnswer() {
            return question.acceptedAnswers().isEmpty() ? "" : question.acceptedAnswers().get(0);
        }
    }

    public record Result(List<QuestionResult> questions) {
        public int correct() {
            return (int) questions.stream().filter(QuestionResult::correct).count();
        }

        public int total() {
            return questions.size();
        }

        /** Whole percent, rounded down; 100 for an empty quiz. */
        public int percent() {
            return total() == 0 ? 100 : correct() * 100 / total();
        }
    }

    public static Result grade(Quiz quiz, Map<Integer, Answer> answers) {
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : quiz.questions()) {
            results.add(grade(q, answers.getOrDefault(q.index(), Answer.NONE)));
        }
        return new Result(results);
    }

    /** Scores one answer to one question: the only place that decides what "correct" means. */
    public static QuestionResult grade(Question question, Answer answer) {
        boolean correct = question.type() == QuestionType.SHORT_ANSWER
                ? question.matchesShortAnswer(answer.text())
                : question.isCorrect(answer.keys());
        List<OptionResult> options = new ArrayList<>();
        for (Option o : question.options()) {
            options.add(new OptionResult(o.key(), o.text(), answer.keys().contains(o.key()), o.correct(), o.feedbackHtml()));
        }
        return new QuestionResult(question, answer, correct, options);
    }
}
