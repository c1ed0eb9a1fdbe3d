package org.clockwise.web.i18n;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.MessageSource;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

import java.util.Locale;

/**
 * How templates resolve {@code #{key(arg, ...)}}: the text comes from Micronaut's
 * {@link MessageSource} for the page's locale and is formatted once with {@link java.text.MessageFormat}
 * ({@link MessagePatterns}, where a single list parameter stands for the arguments:
 * {@code #{${reason.key}(${reason.args})}}).
 * <p>
 * Replaces micronaut-views' {@code MessageSourceMessageResolver}, which interpolates every message
 * twice: an apostrophe is dropped even when written as {@code ''} ("Today's" became "Todays"),
 * and one in an argument too (a rep called O'Brien became OBrien). With MessageFormat the rules
 * are the standard ones: write an apostrophe as {@code ''}, arguments are never re-read, and
 * {@code {0,choice,...}} gives proper plurals.
 */
@Singleton
class ThymeleafMessages implements BeanCreatedEventListener<TemplateEngine> {

    private final BeanProvider<MessageSource> messages;

    ThymeleafMessages(BeanProvider<MessageSource> messages) {
        this.messages = messages;
    }

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        TemplateEngine engine = event.getBean();
        engine.setMessageResolver(new Resolver(messages));
        return engine;
    }

    static final class Resolver extends AbstractMessageResolver {

        private final BeanProvider<MessageSource> messages;
        // Looked up once: a BeanProvider.get() resolves the bean anew on every call, which cost
        // 10-20% of a page's CPU with one call per #{...} (issue 13, "Speed"). Lazily, because the
        // message source is not ready yet when the template engine is created.
        private volatile MessageSource source;

        Resolver(BeanProvider<MessageSource> messages) {
            this.messages = messages;
            setName("clockwise-messages");
        }

        private MessageSource source() {
            MessageSource s = source;
            if (s == null) {
                s = messages.get();
                source = s;
            }
            return s;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            Locale locale = context.getLocale() == null ? Languages.DEFAULT : context.getLocale();
            return source().getRawMessage(key, MessageSource.MessageContext.of(locale))
                    .map(text -> MessagePatterns.format(text, locale, parameters))
                    .orElse(null);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] parameters) {
            Locale locale = context.getLocale();
            return "??" + key + (locale == null ? "" : "_" + locale) + "??";
        }
    }
}
