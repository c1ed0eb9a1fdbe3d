package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

import java.util.Map;

/**
 * A form that, refused by {@link InputCheckFilter} for bad encoding (NUL, a malformed escape,
 * bytes that are not UTF-8), comes back filled in with a message naming the field rather than as
 * the 400 page (issue 13 leftovers, item 2). The answer records nothing: it only shows the form again.
 */
public interface RefusedForm {

    /** The address the form is posted to, such as {@code /login}. */
    String path();

    /**
     * The form again, with status 422, run on the blocking pool.
     *
     * @param fields the form as sent, the bad bytes left out
     * @param field  the first field that held bad bytes
     */
    MutableHttpResponse<?> refused(HttpRequest<?> request, Map<String, String> fields, String field);
}
