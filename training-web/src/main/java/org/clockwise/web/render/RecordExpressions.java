package org.clockwise.web.render;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.expression.VariableExpression;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates the templates' plain property paths ({@code ${s.line.percent}}, {@code ${lesson.item.moduleId}})
 * on our page records without OGNL, and hands every other expression to Thymeleaf's OGNL evaluator.
 *
 * <p>Thymeleaf has such a shortcut of its own, but it reads JavaBean getters only: on a record it
 * gives up, and every path through a record was evaluated by full OGNL, which walks the class's
 * interfaces for indexed properties at every step of every evaluation. That was about a third of
 * a page's rendering time (issue 13, "Speed", found with Java Flight Recorder). A path is taken
 * here only when each step after the variable is one of our records and names a method
 * {@link RecordPropertyAccessor} reads, the same method OGNL calls through that accessor; anything
 * else (a null on the way, a map, a list, a method call, {@code #objects}, {@code param})
 * goes to OGNL exactly as before, so what a page shows does not change.
 */
final class RecordExpressions implements IStandardVariableExpressionEvaluator {

    private static final String[] NOT_A_PATH = new String[0];
    private static final Object NOT_HERE = new Object();

    private final IStandardVariableExpressionEvaluator ognl;
    // The expressions of our templates, a few hundred at most: parsed once each.
    private final Map<String, String[]> paths = new ConcurrentHashMap<>();

    RecordExpressions(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        // Restricted contexts (th:attr, fragment parameters) forbid request parameters, object
        // creation and static access; a path of identifiers without "param" can do none of those.
        if (expression instanceof VariableExpression && context instanceof ITemplateContext
                && expression.getExpression() != null) {
            String[] path = paths.computeIfAbsent(expression.getExpression(), RecordExpressions::parse);
            if (path != NOT_A_PATH) {
                Object value = read(context, path);
                if (value != NOT_HERE) {
                    return expContext.getPerformTypeConversion()
                            ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class)
                            : value;
                }
            }
        }
        return ognl.evaluate(context, expression, expContext);
    }

    /** The value at the end of the path, or {@link #NOT_HERE} when OGNL should evaluate it. */
    private static Object read(IExpressionContext context, String[] path) {
        if (path.length < 2) {
            return NOT_HERE; // a bare variable: Thymeleaf's own shortcut is as fast
        }
        Object target = context.getVariable(path[0]);
        for (int i = 1; i < path.length; i++) {
            if (!(target instanceof Record)) {
                return NOT_HERE;
            }
            Method reader = RecordPropertyAccessor.reader(target.getClass(), path[i]);
            if (reader == null) {
                return NOT_HERE;
            }
            try {
                target = reader.invoke(target);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return NOT_HERE; // OGNL evaluates it again and reports the failure its own way
            }
        }
        return target;
    }

    /** Java identifiers separated by dots, as Thymeleaf's own shortcut accepts them; otherwise {@link #NOT_A_PATH}. */
    static String[] parse(String expression) {
        String[] parts = expression.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))
                    || !part.codePoints().allMatch(Character::isJavaIdentifierPart)
                    || part.equalsIgnoreCase("true") || part.equalsIgnoreCase("false") || part.equalsIgnoreCase("null")
                    || part.equals("param")) {
                return NOT_A_PATH;
            }
        }
        return parts;
    }

    /** Puts the evaluator in front of the standard dialect's OGNL evaluator when the template engine is made. */
    @Singleton
    static final class Installer implements BeanCreatedEventListener<TemplateEngine> {

        @Override
        public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
            return install(event.getBean());
        }

        static TemplateEngine install(TemplateEngine engine) {
            engine.getDialects().stream().filter(StandardDialect.class::isInstance).map(StandardDialect.class::cast)
                    .forEach(d -> d.setVariableExpressionEvaluator(new RecordExpressions(d.getVariableExpressionEvaluator())));
            return engine;
        }
    }
}
