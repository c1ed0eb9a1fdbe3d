package org.clockwise.content;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One quiz question: a level-2 heading under {@code # Quiz} and what follows it.
 *
 * <p>Everything but {@link #index()}, {@link #prompt()}, {@link #type()} and the options' keys and
 * texts is the answer; keep it on the server until the rep submits.
 *
 * @param index            1-based position in the quiz
 * @param prompt           the heading text, as plain text
 * @param type             how the question is answered
 * @param options          the options in the order written; empty for {@link QuestionType#SHORT_ANSWER}
 * @param acceptedAnswers  accepted short answers as written (trimmed); compared ignoring case
 * @param acceptedPatterns regular expressions (without the slashes) a short answer may match as a whole
 * @param explanationHtml  sanitized HTML of the blockquote after the options; empty when none
 * @param line             1-based line of the question's heading in its file
 */
public record Question(int index, String prompt, QuestionType type, List<Option> options,
                       List<String> acceptedAnswers, List<String> acceptedPatterns,
                       String explanationHtml, int line) {

    /** Longer answers are not matched at all, so no pattern can be made to backtrack for long. */
    public static final int MAX_ANSWER_LENGTH = 500;

    public Question {
        if (index < 1) {
            throw new IllegalArgumentException("index is 1-based: " + index);
        }
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        acceptedAnswers = List.copyOf(acceptedAnswers);
        acceptedPatterns = List.copyOf(acceptedPatterns);
        explanationHtml = explanationHtml == null ? "" : explanationHtml;
        if (line < 1) {
            throw new IllegalArgumentException("line is 1-based: " + line);
        }
        Set<String> keys = new HashSet<>();
        for (Option option : options) {
            if (!keys.add(option.key())) {
                throw new IllegalArgumentException("duplicate option key " + option.key() + " in question " + index);
            }
        }
        if (type == QuestionType.SHORT_ANSWER && !options.isEmpty()) {
            throw new IllegalArgumentException("a short-answer question has no options");
        }
        if (type.hasOptions() && !(acceptedAnswers.isEmpty() && acceptedPatterns.isEmpty())) {
            throw new IllegalArgumentException("a choice question has no accepted answers");
        }
    }

    /** The keys of the options marked {@code [x]}, in order. */
    public Set<String> correctKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Option option : options) {
            if (option.correct()) {
                keys.add(option.key());
            }
        }
        return keys;
    }

    /**
     * Scores a choice question, all or nothing: the rep must pick exactly the correct options.
     * Always false for short-answer questions (see {@link #matchesShortAnswer(String)}).
     */
    public boolean isCorrect(Set<String> chosenKeys) {
        if (!type.hasOptions() || chosenKeys == null || chosenKeys.stream().anyMatch(Objects::isNull)) {
            return false;
        }
        return correctKeys().equals(Set.copyOf(chosenKeys));
    }

    /**
     * Scores a short answer: true when the trimmed answer equals an accepted answer ignoring case,
     * or a {@code /regex/} matches the whole trimmed answer ignoring case. Always false for choice
     * questions, blank answers and answers over {@link #MAX_ANSWER_LENGTH} characters.
     */
    public boolean matchesShortAnswer(String answer) {
        if (type != QuestionType.SHORT_ANSWER || answer == null) {
            return false;
        }
        String trimmed = answer.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_ANSWER_LENGTH) {
            return false;
        }
        String folded = trimmed.toLowerCase(Locale.ROOT);
        for (String accepted : acceptedAnswers) {
            if (accepted.strip().toLowerCase(Locale.ROOT).equals(folded)) {
                return true;
            }
        }
        for (String pattern : acceptedPatterns) {
            try {
                if (compile(pattern).matcher(new TimeBoxedText(trimmed, REGEX_BUDGET_NANOS)).matches()) {
                    return true;
                }
            } catch (TimeBoxedText.TimeUp e) {
                // a catastrophic author pattern must not tie up the server: the answer just does not match
            }
        }
        return false;
    }

    /** How long one accepted-answer pattern may take on one answer. */
    static final long REGEX_BUDGET_NANOS = 50_000_000L;

    /** Compiles an accepted pattern the way answers are matched: ignoring case, Unicode-aware. */
    static Pattern compile(String pattern) throws PatternSyntaxException {
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
