package org.clockwise.web.render;

import io.micronaut.core.annotation.Nullable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page model as the variables a template sees: a page record's components by name
 * ({@code LibraryPage(modules, notice)} gives {@code ${modules}} and {@code ${notice}}), or a
 * map's entries. The result is a new, mutable map, so layout-wide values can join it.
 */
public final class TemplateVariables {

    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                // Page records are nested in package-private controllers; their accessors are public.
                if (!accessor.trySetAccessible()) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of " + type.getName());
                }
                accessors.add(accessor);
            }
            return List.copyOf(accessors);
        }
    };

    private TemplateVariables() {
    }

    public static Map<String, Object> of(@Nullable Object model) {
        if (model == null) {
            return new HashMap<>();
        }
        if (model instanceof Map<?, ?> map) {
            Map<String, Object> variables = new HashMap<>();
            map.forEach((name, value) -> variables.put(String.valueOf(name), value));
            return variables;
        }
        if (model instanceof Record) {
            Map<String, Object> variables = new HashMap<>();
            for (Method accessor : ACCESSORS.get(model.getClass())) {
                variables.put(accessor.getName(), read(accessor, model));
            }
            return variables;
        }
        throw new IllegalArgumentException("a page model is a record or a map, not a " + model.getClass().getName());
    }

    private static Object read(Method accessor, Object model) {
        try {
            return accessor.invoke(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + model.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + accessor.getName() + " of " + model.getClass().getName() + " failed", e.getCause());
        }
    }
}
