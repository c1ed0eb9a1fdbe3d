package org.clockwise.web.render;

import io.micronaut.core.beans.BeanMap;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/**
 * A view whose model is a page record: each record component is one template variable. The record
 * must be {@code @Introspected}; the model stays a map, so every page gets what the view model
 * processors add (the CSRF token, the signed-in person).
 */
public final class Pages {

    private Pages() {
    }

    /**
     * @param view the template, e.g. {@code team/dashboard}
     * @param page the page record
     * @return the view with the record's components as its model
     */
    public static <T> ModelAndView<Map<String, Object>> view(String view, T page) {
        Map<String, Object> model = BeanMap.of(page);
        return new ModelAndView<>(view, model);
    }
}
