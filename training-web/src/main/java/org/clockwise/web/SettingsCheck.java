package org.clockwise.web;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.core.type.Argument;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our settings records ({@code @ConfigurationProperties} records under {@code org.clockwise}) as
 * a person sees them: by property name, in one line.
 *
 * <p>Their bounds are jakarta.validation annotations that Micronaut checks when it creates them
 * ({@code @Context}, so at start); {@link #describe} turns that failure into
 * "clockwise.review.desired-retention must be between 0.70 and 0.97, was 1.5". What Micronaut
 * does not check is a value that does not convert at all: it silently becomes the
 * {@code @Bindable} default. This bean, created at start too, refuses such a value instead.
 */
@Context
final class SettingsCheck {

    private static final Pattern FAILED_BEAN = Pattern.compile("Validation failed for bean definition \\[([\\w.$]+)]");
    private static final Pattern VIOLATION = Pattern.compile("^\\t(\\S+) - (.*)$", Pattern.MULTILINE);

    SettingsCheck(BeanContext beans, Environment environment) {
        for (BeanDefinition<?> definition : beans.getBeanDefinitions(Qualifiers.byStereotype(ConfigurationProperties.class))) {
            Class<?> type = definition.getBeanType();
            if (!isOurs(type)) {
                continue;
            }
            for (Argument<?> argument : definition.getConstructor().getArguments()) {
                String name = propertyName(type, argument.getName());
                if (environment.containsProperty(name) && environment.getProperty(name, argument).isEmpty()) {
                    throw new ConfigurationException(name + " must be " + kind(argument.getType()) + ", was "
                            + environment.getProperty(name, String.class).orElse(""));
                }
            }
        }
    }

    /** The failed bounds of a settings record as one line, if that is what stopped the start. */
    static Optional<String> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            Matcher bean = FAILED_BEAN.matcher(message);
            if (!bean.find()) {
                continue;
            }
            Optional<Class<?>> type = load(bean.group(1)).filter(SettingsCheck::isOurs);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            List<String> problems = new ArrayList<>();
            Matcher violation = VIOLATION.matcher(message);
            while (violation.find()) {
                String path = violation.group(1);
                // Micronaut names the component by the record's class name and the component's name.
                String component = path.startsWith(bean.group(1) + ".") ? path.substring(bean.group(1).length() + 1) : path;
                problems.add(propertyName(type.get(), component) + " " + violation.group(2));
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
        }
        return Optional.empty();
    }

    /** {@code clockwise.review} and {@code desiredRetention} make {@code clockwise.review.desired-retention}. */
    static String propertyName(Class<?> type, String component) {
        String prefix = type.getAnnotation(ConfigurationProperties.class).value();
        return prefix + "." + NameUtils.hyphenate(component);
    }

    private static boolean isOurs(Class<?> type) {
        return type.isRecord() && type.getPackageName().startsWith("org.clockwise.")
                && type.isAnnotationPresent(ConfigurationProperties.class);
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, SettingsCheck.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a " + type.getSimpleName();
    }
}
