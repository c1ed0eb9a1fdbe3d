package org.clockwise.content;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the blocks after {@code # Quiz} into questions: each {@code ##} heading starts one.
 *
 * <p>Within a question, in this order: an optional {@code <!-- multiple -->} comment, then either
 * task-list options (each with an optional indented {@code >} feedback) or one fenced
 * {@code answer} block, then an optional {@code >} explanation. Anything else would not be shown
 * to reps, so it is reported rather than dropped silently.
 */
final class QuizParser {

    private static final Pattern MULTIPLE = Pattern.compile("<!--\\s*multiple\\s*-->\\s*", Pattern.CASE_INSENSITIVE);

    private final Markdown markdown;

    QuizParser(Markdown markdown) {
        this.markdown = markdown;
    }

    /**
     * @param blocks  the top-level blocks after the {@code # Quiz} heading
     * @param flagged 0-based lines already reported by {@link MarkerScanner}
     */
    Quiz parse(List<Node> blocks, Set<Integer> flagged, ProblemLog log) {
        List<Question> questions = new ArrayList<>();
        Draft draft = null;
        for (Node block : blocks) {
            if (block instanceof Heading heading && heading.getLevel() == 2) {
                if (draft != null) {
                    questions.add(draft.finish(questions.size() + 1));
                }
                draft = new Draft(heading, flagged, markdown, log);
            } else if (block instanceof Heading heading && heading.getLevel() == 1) {
                continue; // reported with the lesson's headings
            } else if (draft == null) {
                if (!isComment(block) && !anyFlagged(block, flagged)) {
                    log.at(Trees.line(block), "content between `# Quiz` and the first `##` question is not shown: "
                            + "move it into the lesson above `# Quiz`, or start a question with `## …`");
                }
            } else {
                draft.add(block);
            }
        }
        if (draft != null) {
            questions.add(draft.finish(questions.size() + 1));
        }
        return new Quiz(questions);
    }

    static boolean isComment(Node block) {
        if (!(block instanceof HtmlBlock html)) {
            return false;
        }
        String literal = html.getLiteral().strip();
        return literal.startsWith("<!--") && literal.endsWith("-->") && literal.indexOf("-->") == literal.length() - 3;
    }

    static boolean isMultipleComment(Node block) {
        return block instanceof HtmlBlock html && html.getLiteral().length() < 100 && MULTIPLE.matcher(html.getLiteral()).matches();
    }

    static boolean anyFlagged(Node block, Set<Integer> flagged) {
        return Trees.lineIndexes(block).stream().anyMatch(flagged::contains);
    }

    /** One question while its blocks are being collected. */
    private static final class Draft {

        private final Heading heading;
        private final Set<Integer> flagged;
        private final Markdown markdown;
        private final ProblemLog log;
        private final List<Node> items = new ArrayList<>();
        private final List<BlockQuote> trailing = new ArrayList<>();
        private FencedCodeBlock answer;
        private Node previous;
        private boolean multiple;
        private boolean markerProblems;

        Draft(Heading heading, Set<Integer> flagged, Markdown markdown, ProblemLog log) {
            this.heading = heading;
            this.flagged = flagged;
            this.markdown = markdown;
            this.log = log;
        }

        void add(Node block) {
            if (block instanceof ListBlock list) {
                reportUnattached();
                items.addAll(Trees.children(list));
            } else if (block instanceof BlockQuote quote) {
                if (previous instanceof ListBlock list && directlyBelow(quote, list)) {
                    log.at(Trees.line(quote), "feedback not attached to an option: indent the `>` line two spaces so it sits "
                            + "under its option, or leave a blank line before it if it is the explanation");
                } else if (items.isEmpty() && answer == null) {
                    log.at(Trees.line(quote), "feedback not attached to an option: a `>` blockquote before the options "
                            + "is not shown; indent feedback two spaces under its option, and put the explanation after all options");
                } else {
                    trailing.add(quote);
                }
            } else if (block instanceof FencedCodeBlock fence && AnswerBlock.isAnswer(fence)) {
                if (answer != null) {
                    log.at(Trees.line(fence), "second `answer` block in one question: put all accepted answers in one block");
                } else {
                    reportUnattached();
                    answer = fence;
                }
            } else if (isMultipleComment(block)) {
                multiple = true;
            } else if (!isComment(block)) {
                reportNotShown(block);
            }
            previous = block;
        }

        // No blank line between the last option and the quote: meant as that option's feedback.
        private static boolean directlyBelow(BlockQuote quote, ListBlock list) {
            List<Integer> listLines = Trees.lineIndexes(list);
            return !listLines.isEmpty() && Trees.line(quote) - 1 == listLines.get(listLines.size() - 1) + 1;
        }

        private void reportUnattached() {
            for (BlockQuote quote : trailing) {
                log.at(Trees.line(quote), "feedback not attached to an option: this `>` blockquote sits between options; "
                        + "indent it two spaces so it is under the option above, or move it after all options as the explanation");
            }
            trailing.clear();
        }

        private void reportNotShown(Node block) {
            if (anyFlagged(block, flagged)) {
                markerProblems = true;
                return;
            }
            String what = block instanceof Paragraph ? "text"
                    : block instanceof Heading h ? "a level-" + h.getLevel() + " heading"
                    : block instanceof FencedCodeBlock f ? "a code block `" + f.getInfo() + "` (a short answer needs ```answer)"
                    : block instanceof HtmlBlock ? "raw HTML"
                    : "a " + block.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            log.at(Trees.line(block), what + " inside a question is not shown: put context in the lesson or the `##` prompt, "
                    + "feedback under an option, and the explanation in a `>` blockquote after the options");
        }

        Question finish(int index) {
            int line = Trees.line(heading);
            String prompt = Trees.plainText(heading);
            if (prompt.isEmpty()) {
                log.at(line, "question " + index + " has an empty prompt: write the question after `## `");
            }
            List<Option> options = new ArrayList<>();
            for (Node item : items) {
                Option option = OptionReader.read(item, options.size(), flagged, markdown, log);
                if (option == null) {
                    markerProblems = true;
                } else {
                    options.add(option);
                }
            }
            String explanation = trailing.isEmpty() ? "" : markdown.renderContents(trailing);
            if (answer != null) {
                if (!options.isEmpty() || markerProblems) {
                    log.at(line, "question has both options and an `answer` block: keep one of them");
                }
                AnswerBlock accepted = AnswerBlock.read(answer, log);
                return new Question(index, prompt, QuestionType.SHORT_ANSWER, List.of(), accepted.answers(),
                        accepted.patterns(), explanation, line);
            }
            QuestionType type = multiple ? QuestionType.MULTIPLE : isTrueFalse(options) ? QuestionType.TRUE_FALSE : QuestionType.SINGLE;
            if (!markerProblems) {
                checkChoices(type, options, line);
            }
            return new Question(index, prompt, type, options, List.of(), List.of(), explanation, line);
        }

        private void checkChoices(QuestionType type, List<Option> options, int line) {
            long correct = options.stream().filter(Option::correct).count();
            if (options.isEmpty()) {
                log.at(line, "question has no options and no `answer` block: add options `- [ ]` (wrong) and `- [x]` (right), "
                        + "or a short-answer block ```answer");
            } else if (options.size() == 1) {
                log.at(line, "question has only one option: add at least one more");
            } else if (correct == 0 && type == QuestionType.MULTIPLE) {
                log.at(line, "multiple-choice question has no correct option: mark at least one right answer with `- [x]`");
            } else if (correct == 0) {
                log.at(line, "question has no correct option: mark the right answer with `- [x]`");
            } else if (correct > 1 && type != QuestionType.MULTIPLE) {
                log.at(line, "single-choice question has " + correct + " correct options: keep one `- [x]`, "
                        + "or add `<!-- multiple -->` under the heading to make it multiple choice");
            }
        }

        private static boolean isTrueFalse(List<Option> options) {
            return options.size() == 2
                    && options.stream().map(o -> o.text().toLowerCase(Locale.ROOT)).sorted().toList().equals(List.of("false", "true"));
        }
    }
}
