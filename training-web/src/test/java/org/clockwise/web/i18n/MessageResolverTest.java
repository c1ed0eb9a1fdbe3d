package org.clockwise.web.i18n;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.MessageSource;
import io.micronaut.context.StaticMessageSource;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Templates' messages cost little per page (issue 13, "Speed"), and stay right while they do. */
class MessageResolverTest {

    @Test
    void theMessageSourceIsLookedUpOnceNotOncePerMessage() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage(Locale.ENGLISH, "greet", "Hello, {0}");
        source.addMessage(Locale.ENGLISH, "due", "{0,choice,1#1 review due|1<{0} reviews due}");
        AtomicInteger lookups = new AtomicInteger();
        BeanProvider<MessageSource> provider = () -> {
            lookups.incrementAndGet();
            return source;
        };
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver templates = new StringTemplateResolver();
        templates.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(templates);
        engine.setMessageResolver(new ThymeleafMessages.Resolver(provider));
        String page = "<p th:text=\"#{greet(${name})}\"></p><p th:text=\"#{due(${n})}\"></p>";
        for (int i = 1; i <= 50; i++) {
            Context context = new Context(Locale.ENGLISH);
            context.setVariable("name", "Riley O'Brien");
            context.setVariable("n", i);
            assertEquals("<p>Hello, Riley O&#39;Brien</p><p>" + (i == 1 ? "1 review due" : i + " reviews due") + "</p>",
                    engine.process(page, context));
        }
        assertEquals(1, lookups.get(), "one lookup for 100 messages");
    }

    @Test
    void aParsedPatternIsSharedSafelyBetweenThreads() throws Exception {
        String pattern = "due {0,date,EEEE d MMMM}, {1,number} left";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int day = 1 + i % 28;
                results.add(pool.submit(() -> MessagePatterns.format(pattern, Locale.ENGLISH,
                        new Object[]{List.of(String.format("2026-02-%02d", day), Integer.toString(day * 1000))})));
            }
            for (int i = 0; i < 400; i++) {
                int day = 1 + i % 28;
                String weekday = java.time.LocalDate.of(2026, 2, day).getDayOfWeek()
                        .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
                assertEquals("due " + weekday + " " + day + " February, " + String.format(Locale.ENGLISH, "%,d", day * 1000) + " left",
                        results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
