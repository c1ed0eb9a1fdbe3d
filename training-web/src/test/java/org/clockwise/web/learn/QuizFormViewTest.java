package org.clockwise.web.learn;

import org.clockwise.content.Option;
import org.clockwise.content.Question;
import org.clockwise.content.QuestionType;
import org.clockwise.content.Quiz;
import org.clockwise.web.render.RecordPropertyAccessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "Speed": the rep's quiz and review pages render their form from {@link QuizFormView}
 * ({@code learn/_quiz-form :: shown}) instead of {@code course/_quiz :: form}. For the same quiz,
 * entry, hidden fields and language both render the same bytes: fresh forms, refused ones with
 * answers kept and questions missing, every question type, a one-question review, markup in texts.
 */
class QuizFormViewTest {

    private static final String OLD = "<div th:replace=\"~{course/_quiz :: form(${quiz}, ${action}, ${hidden}, true, ${entry})}\"></div>";
    private static final String NEW = "<div th:replace=\"~{learn/_quiz-form :: shown(${view}, ${action})}\"></div>";

    static final Quiz QUIZ = new Quiz(List.of(
            new Question(1, "When <b>should</b> you offer a \"demo\"?", QuestionType.SINGLE,
                    List.of(option("a", "Once the goals are clear & agreed"), option("b", "At once <script>")), List.of(), List.of(), "", 1),
            new Question(2, "Which apply?", QuestionType.MULTIPLE,
                    List.of(option("a", "One"), option("b", "Two"), option("c", "Three 'quoted'")), List.of(), List.of(), "", 5),
            new Question(3, "How many?", QuestionType.SHORT_ANSWER, List.of(), List.of("5"), List.of(), "", 9),
            new Question(4, "True?", QuestionType.TRUE_FALSE, List.of(option("t", "True"), option("f", "False")), List.of(), List.of(), "", 12)));

    static Option option(String key, String text) {
        return new Option(key, text, key.equals("a"), "", 1);
    }

    private static TemplateEngine engine;

    @BeforeAll
    static void engine() throws IOException {
        RecordPropertyAccessor.install();
        engine = new TemplateEngine();
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setTemplateMode(TemplateMode.HTML);
        strings.setResolvablePatterns(Set.of("<*"));
        strings.setOrder(1);
        ClassLoaderTemplateResolver views = new ClassLoaderTemplateResolver();
        views.setPrefix("views/");
        views.setSuffix(".html");
        views.setTemplateMode(TemplateMode.HTML);
        views.setCharacterEncoding("UTF-8");
        views.setOrder(2);
        engine.setTemplateResolvers(Set.of(strings, views));
        engine.setMessageResolver(new Messages(properties("en"), properties("nl")));
    }

    @Test
    void aFreshQuizRendersTheSameBytes() {
        assertSame(QUIZ, QuizEntry.EMPTY, ticket(), Locale.ENGLISH);
        assertSame(QUIZ, QuizEntry.EMPTY, ticket(), Locale.forLanguageTag("nl"));
    }

    @Test
    void aRefusedQuizKeepsWhatWasTypedAndRendersTheSameBytes() {
        QuizEntry some = QuizEntry.read(QUIZ, Map.of("q1", "b", "q2", List.of("a", "c"), "c1", "sure", "c2", "unsure",
                "q3", "  ", "c4", "sure"));
        assertEquals(List.of(3, 4), some.missing());
        assertSame(QUIZ, some, ticket(), Locale.ENGLISH);
        assertSame(QUIZ, some, ticket(), Locale.forLanguageTag("nl"));
        QuizEntry typed = QuizEntry.read(QUIZ, Map.of("q3", "<five & \"six\">", "c3", "unsure"));
        assertSame(QUIZ, typed, ticket(), Locale.ENGLISH);
        assertSame(QUIZ, QuizEntry.read(QUIZ, Map.of()), ticket(), Locale.ENGLISH);
    }

    @Test
    void aOneQuestionReviewRendersTheSameBytes() {
        for (Question q : QUIZ.questions()) {
            Quiz single = new Quiz(List.of(new Question(1, q.prompt(), q.type(), q.options(), q.acceptedAnswers(),
                    q.acceptedPatterns(), q.explanationHtml(), q.line())));
            assertSame(single, QuizEntry.EMPTY, ticket(), Locale.ENGLISH);
            assertSame(single, QuizEntry.read(single, Map.of("c1", "sure")), ticket(), Locale.ENGLISH);
            assertSame(single, QuizEntry.read(single, Map.of("c1", "sure")), ticket(), Locale.forLanguageTag("nl"));
        }
    }

    private static Map<String, String> ticket() {
        Map<String, String> ticket = new LinkedHashMap<>();
        ticket.put("event", "5f0c9a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f");
        ticket.put("module", "discovery-<calls>");
        ticket.put("served", "1764475200000");
        ticket.put("ticket", "abc&def");
        return ticket;
    }

    private static void assertSame(Quiz quiz, QuizEntry entry, Map<String, String> hidden, Locale locale) {
        String old = render(OLD, quiz, entry, hidden, locale);
        String shown = render(NEW, quiz, entry, hidden, locale);
        assertTrue(old.contains("name=\"q1\""), old);
        assertEquals(old, shown, "the same form for " + entry + " in " + locale);
    }

    private static String render(String template, Quiz quiz, QuizEntry entry, Map<String, String> hidden, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("quiz", quiz);
        context.setVariable("entry", entry);
        context.setVariable("hidden", hidden);
        context.setVariable("view", QuizFormView.of(quiz, entry, hidden));
        context.setVariable("action", "/modules/discovery/quiz");
        context.setVariable("csrfField", "_csrf");
        context.setVariable("csrfToken", "token-1");
        return engine.process(template, context);
    }

    private static Properties properties(String language) throws IOException {
        Properties p = new Properties();
        String name = language.equals("en") ? "/i18n/messages.properties" : "/i18n/messages_" + language + ".properties";
        try (InputStream in = QuizFormViewTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The UI texts as the app's resolver gives them, enough for these forms: Dutch, else English. */
    private static final class Messages extends AbstractMessageResolver {
        private final Properties english;
        private final Properties dutch;

        Messages(Properties english, Properties dutch) {
            this.english = english;
            this.dutch = dutch;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            String pattern = context.getLocale().getLanguage().equals("nl") ? dutch.getProperty(key, english.getProperty(key))
                    : english.getProperty(key);
            return pattern == null ? null : new MessageFormat(pattern, context.getLocale()).format(args == null ? new Object[0] : args);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            return "??" + key + "??";
        }
    }
}
