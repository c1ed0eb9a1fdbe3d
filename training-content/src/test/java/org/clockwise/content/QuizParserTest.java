package org.clockwise.content;

import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Quiz Markdown in, a one-line description of each parsed question out. Descriptions read
 * {@code TYPE prompt | key+ text (correct) or key- text | =accepted | ~pattern | >feedback}.
 */
class QuizParserTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> quizzes() {
        return Stream.of(
                Arguments.of("## Pick one\n- [ ] A\n- [x] B\n",
                        "SINGLE Pick one | a- A | b+ B"),
                Arguments.of("## Pick one\n- [X] A\n- [ ] B\n",
                        "SINGLE Pick one | a+ A | b- B"),
                Arguments.of("## Pick some\n<!-- multiple -->\n- [x] A\n- [x] B\n- [ ] C\n",
                        "MULTIPLE Pick some | a+ A | b+ B | c- C"),
                Arguments.of("## Pick some\n<!--multiple-->\n- [x] A\n- [ ] B\n",
                        "MULTIPLE Pick some | a+ A | b- B"),
                Arguments.of("## True or false: the sky is green.\n- [ ] True\n- [x] False\n",
                        "TRUE_FALSE True or false: the sky is green. | a- True | b+ False"),
                Arguments.of("## Sure?\n- [x] true\n- [ ] false\n",
                        "TRUE_FALSE Sure? | a+ true | b- false"),
                Arguments.of("## How much?\n```answer\n58.1\n 58,1 \n\n/^58([.,]1)?\\s*%?$/\n```\n",
                        "SHORT_ANSWER How much? | =58.1 | =58,1 | ~^58([.,]1)?\\s*%?$"),
                Arguments.of("## With feedback\n- [ ] A\n  > Not *quite*.\n- [x] B\n  > Yes.\n\n> Because.\n",
                        "SINGLE With feedback | a- A >Not <em>quite</em>. | b+ B >Yes. | !Because."),
                Arguments.of("## Inline *markup* `code`\n- [x] The **bold** `x`\n- [ ] Plain\n",
                        "SINGLE Inline markup code | a+ The bold x | b- Plain"),
                Arguments.of("## First\n- [x] A\n- [ ] B\n\n## Second\n- [ ] C\n- [x] D\n",
                        "SINGLE First | a+ A | b- B\nSINGLE Second | a- C | b+ D"),
                Arguments.of("## Ordered\n1. [ ] A\n2. [x] B\n",
                        "SINGLE Ordered | a- A | b+ B"),
                Arguments.of("## Loose list\n\n- [ ] A\n\n- [x] B\n",
                        "SINGLE Loose list | a- A | b+ B"));
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void parses(String quiz, String expected) {
        LoadResult result = TestLibrary.in(dir).moduleWithBody("q", "Lesson.\n\n# Quiz\n\n" + quiz).load();
        Quiz parsed = result.library().course("q").orElseThrow().quiz();
        assertEquals(expected, parsed.questions().stream().map(QuizParserTest::describe).collect(Collectors.joining("\n")),
                ProblemAssert.all(result));
    }

    static String describe(Question q) {
        StringBuilder out = new StringBuilder(q.type() + " " + q.prompt());
        for (Option o : q.options()) {
            out.append(" | ").append(o.key()).append(o.correct() ? "+ " : "- ").append(o.text());
            if (!o.feedbackHtml().isEmpty()) {
                out.append(" >").append(strip(o.feedbackHtml()));
            }
        }
        q.acceptedAnswers().forEach(a -> out.append(" | =").append(a));
        q.acceptedPatterns().forEach(p -> out.append(" | ~").append(p));
        if (!q.explanationHtml().isEmpty()) {
            out.append(" | !").append(strip(q.explanationHtml()));
        }
        return out.toString();
    }

    private static String strip(String html) {
        return html.replace("<p>", "").replace("</p>", "").strip();
    }
}
