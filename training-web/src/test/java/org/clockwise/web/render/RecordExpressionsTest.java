package org.clockwise.web.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Record paths are read without OGNL, and every template renders exactly as it did with OGNL alone
 * (issue 13, "Speed": full OGNL on every record path was a third of a page's rendering time).
 */
class RecordExpressionsTest {

    record Line(String id, String name, int percent, int target, List<Integer> trend) {
        public boolean onTarget() {
            return percent >= target;
        }
    }

    record Row(Line line, String points, Line missing) {
    }

    /** One template with every kind of expression the pages use: paths, conditions, loops, maps, methods, nulls. */
    private static final String TEMPLATE = """
            <ul><li th:each="r, i : ${rows}" th:attr="data-skill=${r.line.id}" th:classappend="${r.line.onTarget} ? 'ok' : 'low'">
              <b th:text="${r.line.name}">x</b> <i th:text="|${r.line.percent}%|">1</i> <i th:text="${r.line.target}">1</i>
              <i th:text="${r.line.trend.size()}">1</i> <i th:text="${#lists.size(r.line.trend)}">1</i>
              <i th:text="${r.line.percent >= r.line.target}">t</i> <i th:if="${r.missing == null}">none</i>
              <i th:text="${r.points}">p</i> <i th:text="${i.index}">0</i> <i th:text="${cells.a}">0</i>
              <i th:text="${r.line.name.length()}">0</i><i th:text="${title}">t</i>
            </li></ul>""";

    private static final Map<String, Object> MODEL = Map.of("rows", List.of(
                    new Row(new Line("discovery", "Discovery <questions>", 42, 70, List.of(1, 2, 3)), "0,1 2,3", null),
                    new Row(new Line("closing", "Closing", 80, 70, List.of()), "", null)),
            "cells", Map.of("a", 5), "title", "Skills");

    /** Counts what still reaches OGNL. */
    static final class Counting implements IStandardVariableExpressionEvaluator {
        final IStandardVariableExpressionEvaluator ognl;
        final List<String> seen = new ArrayList<>();

        Counting(IStandardVariableExpressionEvaluator ognl) {
            this.ognl = ognl;
        }

        @Override
        public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                               StandardExpressionExecutionContext expContext) {
            seen.add(expression.getExpression());
            return ognl.evaluate(context, expression, expContext);
        }
    }

    @BeforeAll
    static void install() {
        RecordPropertyAccessor.install();
    }

    private static TemplateEngine engine(boolean withRecordExpressions, Counting[] counting) {
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        StandardDialect dialect = (StandardDialect) engine.getDialects().iterator().next();
        counting[0] = new Counting(dialect.getVariableExpressionEvaluator());
        dialect.setVariableExpressionEvaluator(counting[0]);
        if (withRecordExpressions) {
            RecordExpressions.Installer.install(engine);
        }
        return engine;
    }

    private static String render(TemplateEngine engine) {
        return engine.process(TEMPLATE, new Context(Locale.ENGLISH, MODEL));
    }

    @Test
    void pagesRenderExactlyAsWithOgnlAlone() {
        Counting[] ognlOnly = new Counting[1];
        Counting[] fast = new Counting[1];
        String expected = render(engine(false, ognlOnly));
        String actual = render(engine(true, fast));
        assertEquals(expected, actual);
        assertEquals(true, actual.contains("Discovery &lt;questions&gt;"), actual);
        assertEquals(true, actual.contains("data-skill=\"closing\" class=\"ok\""), actual);
    }

    @Test
    void recordPathsNoLongerReachOgnl() {
        Counting[] fast = new Counting[1];
        render(engine(true, fast));
        // Left to OGNL: method calls, operators, maps and bare variables (Thymeleaf's own shortcut takes those).
        assertEquals(List.of(), fast[0].seen.stream().filter(e -> e.matches("r\\.line\\.(id|name|percent|target|onTarget)|r\\.points")).toList());
        assertEquals(true, fast[0].seen.contains("cells.a"), "a map is OGNL's: " + fast[0].seen);
        assertEquals(true, fast[0].seen.contains("r.missing == null"), fast[0].seen.toString());
    }

    @Test
    void onlyDottedIdentifiersArePaths() {
        assertArrayEquals(new String[]{"s", "line", "percent"}, RecordExpressions.parse("s.line.percent"));
        assertSame(RecordExpressions.parse("x()"), RecordExpressions.parse("a == b"));
        assertEquals(0, RecordExpressions.parse("a.size()").length);
        assertEquals(0, RecordExpressions.parse("a.true").length);
        assertEquals(0, RecordExpressions.parse("a..b").length);
        assertEquals(0, RecordExpressions.parse("#lists.size(a)").length);
        assertEquals(0, RecordExpressions.parse("param.x").length, "request parameters stay behind OGNL's restrictions");
    }
}
