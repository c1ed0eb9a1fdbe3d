package org.clockwise.content;

import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.clockwise.content.ProblemAssert.assertClean;
import static org.clockwise.content.ProblemAssert.assertNoProblemContaining;
import static org.clockwise.content.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One test per quiz rule. The quizzes start on line 7 ({@code # Quiz}), the first question on
 * line 9, its first option on line 10.
 */
class QuizRulesTest {

    private static final String M = "modules/m.md";

    @TempDir
    Path dir;

    private LoadResult quiz(String afterFirstHeading) {
        return TestLibrary.in(dir).moduleWithBody("m", "# Quiz\n\n## The question?\n" + afterFirstHeading).load();
    }

    @Test
    void aGoodQuestionIsClean() {
        assertClean(quiz("- [ ] Wrong\n- [x] Right\n"));
    }

    @Test
    void noCorrectOption() {
        assertProblem(quiz("- [ ] One\n- [ ] Two\n"), M, 9, "question has no correct option: mark the right answer with `- [x]`");
    }

    @Test
    void twoCorrectInSingleChoice() {
        assertProblem(quiz("- [x] One\n- [x] Two\n- [ ] Three\n"), M, 9,
                "single-choice question has 2 correct options: keep one `- [x]`, or add `<!-- multiple -->`");
    }

    @Test
    void multipleChoiceWithoutCorrectOption() {
        assertProblem(quiz("<!-- multiple -->\n- [ ] One\n- [ ] Two\n"), M, 9,
                "multiple-choice question has no correct option");
    }

    @Test
    void multipleChoiceWithSeveralCorrectIsFine() {
        LoadResult result = quiz("<!-- multiple -->\n- [x] One\n- [x] Two\n- [ ] Three\n");
        assertClean(result);
        assertEquals(QuestionType.MULTIPLE, result.library().course("m").orElseThrow().quiz().questions().get(0).type());
    }

    @Test
    void emptyBrackets() {
        assertProblem(quiz("- [] One\n- [x] Two\n"), M, 10,
                "option marked `- []`: write `- [ ]` for a wrong option or `- [x]` for a right one");
    }

    @Test
    void noSpaceAfterTheBullet() {
        LoadResult result = quiz("- [ ] One\n-[x] Two\n");
        assertProblem(result, M, 11, "option marker `-[x]` needs a space after the `-`: write `- [x]`");
        assertNoProblemContaining(result, "no correct option");
    }

    @Test
    void otherMalformedMarkers() {
        assertProblem(quiz("- [v] One\n- [ ] Two\n"), M, 10, "malformed option marker `[v]`");
        assertProblem(quiz("- [ x] One\n- [ ] Two\n"), M, 10, "malformed option marker `[ x]`");
        assertProblem(quiz("- [x]One\n- [ ] Two\n"), M, 10, "needs a space before the text: write `- [x] One`");
        assertProblem(quiz("- ( ) One\n- [x] Two\n"), M, 10, "options use square brackets");
        assertProblem(quiz("[x] One\n- [ ] Two\n"), M, 10, "has no list bullet");
    }

    @Test
    void upperCaseXAndOtherBulletsAreFine() {
        LoadResult result = quiz("* [ ] One\n* [X] Two\n");
        assertClean(result);
        assertEquals(Set.of("b"), result.library().course("m").orElseThrow().quiz().questions().get(0).correctKeys());
        assertClean(quiz("+ [x] One\n+ [ ] Two\n"));
        assertClean(quiz("1. [x] One\n2. [ ] Two\n"));
    }

    @Test
    void optionWithNoText() {
        assertProblem(quiz("- [x]\n- [ ] Two\n"), M, 10, "option with no text");
        assertProblem(quiz("- [x]    \n- [ ] Two\n"), M, 10, "option with no text");
    }

    @Test
    void listItemWithoutCheckbox() {
        assertProblem(quiz("- One\n- [x] Two\n"), M, 10, "list item without a checkbox");
    }

    @Test
    void onlyOneOption() {
        assertProblem(quiz("- [x] The only one\n"), M, 9, "question has only one option");
    }

    @Test
    void noOptionsAndNoAnswer() {
        assertProblem(quiz(""), M, 9, "question has no options and no `answer` block");
    }

    @Test
    void emptyAnswerBlock() {
        assertProblem(quiz("```answer\n\n```\n"), M, 10, "empty `answer` block");
    }

    @Test
    void invalidRegex() {
        assertProblem(quiz("```answer\n58.1\n/58([.,]1/\n```\n"), M, 12, "invalid regex `/58([.,]1/`: Unclosed group");
    }

    @Test
    void regexFlags() {
        assertProblem(quiz("```answer\n/abc/i\n```\n"), M, 11, "regex flags are not supported");
    }

    @Test
    void optionsAndAnswerTogether() {
        assertProblem(quiz("- [x] One\n- [ ] Two\n```answer\n1\n```\n"), M, 9, "both options and an `answer` block");
    }

    @Test
    void feedbackBetweenOptions() {
        assertProblem(quiz("- [ ] One\n\n> Not attached\n\n- [x] Two\n"), M, 12,
                "feedback not attached to an option: this `>` blockquote sits between options");
        assertProblem(quiz("- [ ] One\n> Not attached\n- [x] Two\n"), M, 11, "feedback not attached to an option");
    }

    @Test
    void feedbackRightUnderAnOptionButNotIndented() {
        assertProblem(quiz("- [ ] One\n- [x] Two\n> Meant for Two\n"), M, 12,
                "feedback not attached to an option: indent the `>` line two spaces");
        assertClean(quiz("- [ ] One\n- [x] Two\n\n> The explanation\n"));
    }

    @Test
    void feedbackBeforeOptions() {
        assertProblem(quiz("> Floating\n\n- [ ] One\n- [x] Two\n"), M, 10, "feedback not attached to an option");
    }

    @Test
    void contentBeforeTheFirstQuestion() {
        LoadResult result = TestLibrary.in(dir).moduleWithBody("m", "# Quiz\n\nAnswer these.\n\n## Q?\n- [x] A\n- [ ] B\n").load();
        assertProblem(result, M, 9, "content between `# Quiz` and the first `##` question is not shown");
    }

    @Test
    void paragraphInsideAQuestion() {
        assertProblem(quiz("Some scenario text.\n\n- [x] A\n- [ ] B\n"), M, 10, "text inside a question is not shown");
    }

    @Test
    void otherCodeBlockInsideAQuestion() {
        assertProblem(quiz("```answers\n42\n```\n"), M, 10, "a code block `answers` (a short answer needs ```answer)");
    }

    @Test
    void nestedListUnderAnOption() {
        assertProblem(quiz("- [x] A\n  - [ ] nested\n- [ ] B\n"), M, 11, "only a `>` feedback blockquote may be indented");
    }

    @Test
    void quizWithoutQuestions() {
        assertProblem(TestLibrary.in(dir).moduleWithBody("m", "Lesson.\n\n# Quiz\n").load(), M, 9, "`# Quiz` without questions");
    }

    @Test
    void emptyPrompt() {
        assertProblem(TestLibrary.in(dir).moduleWithBody("m", "# Quiz\n\n##\n- [x] A\n- [ ] B\n").load(), M, 9, "empty prompt");
    }

    @Test
    void markerLookalikesInCodeAndLessonAreIgnored() {
        LoadResult result = TestLibrary.in(dir).moduleWithBody("m", "A checklist: \n\n- [] not a quiz\n\n# Quiz\n\n## Q?\n"
                + "```answer\n- [] literally\n```\n").load();
        assertClean(result);
    }

    @Test
    void explanationMaySpanSeveralBlockquotes() {
        LoadResult result = quiz("- [x] A\n- [ ] B\n\n> First part.\n\n> Second part.\n");
        assertClean(result);
        String explanation = result.library().course("m").orElseThrow().quiz().questions().get(0).explanationHtml();
        assertEquals("<p>First part.</p>\n<p>Second part.</p>\n", explanation);
    }
}
