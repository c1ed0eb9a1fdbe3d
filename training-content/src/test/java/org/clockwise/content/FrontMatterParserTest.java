package org.clockwise.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front matter in (with {@code \n} for new lines), the fields read and problem lines out. */
class FrontMatterParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "---\\nid: a\\ntitle: T\\nsummary: S\\nskills: [x]\\n---"                | id=a@2 title=T skills=x@5 body=6 problems=
            "\\n---\\nid: a\\ntitle: T\\nsummary: S\\nskills: [x]\\n---"             | id=a@3 title=T skills=x@6 body=7 problems=
            "---\\nid: a\\ntitle: T\\nsummary: S\\nskills:\\n  - x\\n  - y\\n..."    | id=a@2 title=T skills=x@6,y@7 body=8 problems=
            "---\\nid: a\\ntitle: T\\nsummary: S\\nskills: x\\n---"                  | id=a@2 title=T skills=x@5 body=6 problems=
            "---\\nid: a\\ntitle: T\\nsummary: S\\nskills: [x, x]\\n---"             | id=a@2 title=T skills=x@5 body=6 problems=
            "---\\nid: a\\ntitle: T\\nsummary: S\\nskills: [x]\\nfoo: 1\\n---"      | id=a@2 title=T skills=x@5 body=7 problems=6
            "---\\nid: a\\n---"                                                       | id=a@2 title=null skills= body=3 problems=1,1,1
            "---\\n---"                                                               | id=null title=null skills= body=2 problems=1
            "---\\n- a\\n---"                                                         | id=null title=null skills= body=3 problems=2
            "---\\nid: a\\n"                                                          | id=null title=null skills= body=0 problems=1
            "no front matter"                                                         | id=null title=null skills= body=0 problems=1
            "---\\nid: [a\\n---"                                                      | id=null title=null skills= body=3 problems=2
            "---\\nid: a\\nid: b\\ntitle: T\\nsummary: S\\nskills: [x]\\n---"        | id=a@2 title=T skills=x@6 body=7 problems=3
            """)
    void reads(String input, String expected) {
        ProblemLog log = new ProblemLog("m.md");
        FrontMatter fm = new FrontMatterParser().parse(SourceText.of(input.replace("\\n", "\n")).lines(), log);
        String actual = "id=" + ref(fm.id()) + " title=" + fm.title()
                + " skills=" + fm.skills().stream().map(FrontMatterParserTest::ref).collect(Collectors.joining(","))
                + " body=" + fm.bodyStart()
                + " problems=" + log.problems().stream().map(p -> String.valueOf(p.line())).collect(Collectors.joining(","));
        assertEquals(expected, actual.strip(), () -> log.problems().toString());
    }

    private static String ref(FrontMatter.Ref ref) {
        return ref == null ? "null" : ref.value() + "@" + ref.line();
    }
}
