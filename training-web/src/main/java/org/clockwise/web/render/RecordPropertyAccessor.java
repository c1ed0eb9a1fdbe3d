package org.clockwise.web.render;

import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets templates read a record's components ({@code ${cell.percent}}) through a cached accessor.
 *
 * <p>OGNL finds a record accessor such as {@code percent()} only after failing to find a bean
 * getter, and that search is not cached: it scans every method of the class, lower-casing names,
 * on every evaluation. On a 25-rep team dashboard (a 350-cell heatmap) that search was the largest
 * single cost of the request. The record's own public no-argument methods ({@code gap()},
 * {@code activePercent()}) read the same way, as OGNL would read them; anything else (a bean
 * getter, a method of a superclass) still goes to OGNL's own accessor.
 */
public final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            // Only our own page records: anything else keeps OGNL's and Thymeleaf's own checks.
            if (type.isRecord() && type.getPackageName().startsWith("org.clockwise.")) {
                // Derived values such as percent() read like components: public, no arguments, not void.
                for (Method method : type.getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                            && method.getParameterCount() == 0 && method.getReturnType() != void.class
                            && !method.isSynthetic() && method.trySetAccessible()) {
                        accessors.put(method.getName(), method);
                    }
                }
                for (RecordComponent component : type.getRecordComponents()) {
                    Method accessor = component.getAccessor();
                    // Page records are often nested in package-private classes; their accessors are public.
                    if (accessor.trySetAccessible()) {
                        accessors.put(component.getName(), accessor);
                    }
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private static volatile boolean installed;

    /** The public no-argument method that reads {@code name} of one of our page records, or null. */
    static Method reader(Class<?> type, String name) {
        return COMPONENTS.get(type).get(name);
    }

    /** Registers the accessor for every record class; idempotent. Call before the first page renders. */
    public static synchronized void install() {
        if (!installed) {
            OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
            installed = true;
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Method accessor = name instanceof String property ? COMPONENTS.get(target.getClass()).get(property) : null;
        if (accessor == null) {
            return super.getProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            throw new OgnlException("cannot read " + name + " of " + target.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new OgnlException("reading " + name + " of " + target.getClass().getName() + " failed", e.getCause());
        }
    }
}
