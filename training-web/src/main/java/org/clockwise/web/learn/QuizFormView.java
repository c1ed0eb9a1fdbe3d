package org.clockwise.web.learn;

import io.micronaut.core.annotation.Nullable;
import org.clockwise.content.Option;
import org.clockwise.content.Question;
import org.clockwise.content.Quiz;
import org.clockwise.content.QuestionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rep's quiz or review form with every per-question and per-option value made once, so the
 * template ({@code course/_quiz :: shown}) reads plain record paths in its loops instead of
 * evaluating comparisons, concatenations and {@link QuizEntry} calls through OGNL for each option
 * (issue 13, "Speed": rendering these forms was 17-23 % of the quiz and review rows' CPU). It shows
 * exactly what {@code course/_quiz :: form} shows for the same quiz, entry and hidden fields
 * ({@code QuizFormViewTest} compares the two byte for byte).
 *
 * @param hidden   the signed ticket's fields, in the ticket's order
 * @param refused  a submit was refused for blank answers: the error summary lists {@code missing}
 * @param size     how many questions; {@code single} when it is one (the button says "answer")
 */
public record QuizFormView(List<Hidden> hidden, boolean refused, List<Integer> missing, int size, boolean single,
                           List<QuestionView> questions) {

    public record Hidden(String name, String value) {
    }

    /**
     * One question's fieldset. {@code errorClass} is "has-error" or ""; {@code describedBy} and
     * {@code invalid} are null when the question is not missing (the attribute is left out).
     */
    public record QuestionView(int index, String id, String name, String errorId, String hintId, String prompt,
                               boolean numbered, boolean missing, String errorClass, @Nullable String describedBy,
                               @Nullable String invalid, boolean multiple, boolean shortAnswer, boolean choice,
                               String inputType, List<OptionView> options, String text,
                               String confidenceName, String sureId, String unsureId, boolean sure, boolean unsure) {
    }

    public record OptionView(String key, String id, String text, boolean checked) {
    }

    /** {@code entry}: what a refused submit kept, {@link QuizEntry#EMPTY} for a fresh form. */
    public static QuizFormView of(Quiz quiz, QuizEntry entry, @Nullable Map<String, String> hidden) {
        List<Hidden> fields = new ArrayList<>();
        if (hidden != null) {
            hidden.forEach((name, value) -> fields.add(new Hidden(name, value)));
        }
        boolean refused = !entry.complete();
        List<QuestionView> questions = new ArrayList<>(quiz.size());
        for (Question q : quiz.questions()) {
            String name = "q" + q.index();
            boolean missing = refused && entry.isMissing(q.index());
            boolean multiple = q.type() == QuestionType.MULTIPLE;
            boolean shortAnswer = q.type() == QuestionType.SHORT_ANSWER;
            List<OptionView> options = new ArrayList<>(q.options().size());
            for (Option o : q.options()) {
                options.add(new OptionView(o.key(), name + "-" + o.key(), o.text(), entry.isChosen(q.index(), o.key())));
            }
            String c = "c" + q.index();
            questions.add(new QuestionView(q.index(), "question-" + q.index(), name, name + "-error", name + "-hint",
                    q.prompt(), quiz.size() > 1, missing, missing ? "has-error" : "", missing ? name + "-error" : null,
                    missing ? "true" : null, multiple, shortAnswer, !shortAnswer, multiple ? "checkbox" : "radio",
                    List.copyOf(options), entry.textOf(q.index()), c, c + "-sure", c + "-unsure",
                    entry.isSure(q.index()), entry.isUnsure(q.index())));
        }
        return new QuizFormView(List.copyOf(fields), refused, entry.missing(), quiz.size(), quiz.size() == 1,
                List.copyOf(questions));
    }
}
