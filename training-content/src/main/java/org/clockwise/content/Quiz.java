package org.clockwise.content;

import java.util.List;

/**
 * The questions after a module's {@code # Quiz} heading; empty when the module has no quiz.
 *
 * @param questions the questions in the order written, indexed 1, 2, 3, …
 */
public record Quiz(List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).index() != i + 1) {
                throw new IllegalArgumentException("questions must be indexed 1, 2, 3, …; found "
                        + questions.get(i).index() + " at position " + (i + 1));
            }
        }
    }

    /** A module without a quiz. */
    public static Quiz empty() {
        return new Quiz(List.of());
    }

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    public int size() {
        return questions.size();
    }
}
