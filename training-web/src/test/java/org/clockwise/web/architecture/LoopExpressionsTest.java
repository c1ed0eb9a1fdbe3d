package org.clockwise.web.architecture;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Issue 13 (rendering speed): on the pages whose CPU went mostly to rendering, every expression
 * evaluated per row of a table or list is a plain property path ({@code ${r.t.name}}), which the
 * app reads from its records without OGNL (web/render/RecordExpressions). Comparisons, utility
 * objects ({@code #lists}, {@code #numbers}), map lookups and string concatenation go through
 * OGNL, once per row; their results are made in the page's records instead. And nowhere on these
 * pages is a utility object used: what they computed comes with the page model.
 */
class LoopExpressionsTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

    @ParameterizedTest
    @ValueSource(strings = {"learn/skills", "team/teams", "team/_teams", "library/index",
            "learn/_quiz-form", "learn/quiz", "learn/review"})
    void everyExpressionInALoopIsAPropertyPath(String view) throws IOException {
        Document template = template(view);
        List<String> slow = new ArrayList<>();
        for (Element element : template.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (!attribute.getKey().startsWith("th:")) {
                    continue;
                }
                boolean inLoop = element.parents().stream().anyMatch(p -> p.hasAttr("th:each"))
                        || (element.hasAttr("th:each") && !attribute.getKey().equals("th:each"));
                Matcher m = VARIABLE.matcher(attribute.getValue());
                while (m.find()) {
                    String expression = m.group(1).trim();
                    if (expression.contains("#") || (inLoop && !PATH.matcher(expression).matches())) {
                        slow.add(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), slow, view + ": expressions evaluated by OGNL (per row, or a utility object)");
    }

    private static Document template(String view) throws IOException {
        try (InputStream in = LoopExpressionsTest.class.getResourceAsStream("/views/" + view + ".html")) {
            assertNotNull(in, view);
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
        }
    }
}
