package org.clockwise.web.learn;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import org.clockwise.core.people.Role;
import org.clockwise.web.security.CurrentUser;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Issue 13, "Speed" (wt-today4): every successful form post sets a new write mark in a small cookie, so
 * the browser carries the fact of its own writes to every instance and {@link TodayKeep} reads afresh after
 * them. The mark only selects a kept page; it grants nothing (a forged or missing mark just misses). On this
 * instance a rep's post forgets their kept Today, and a signed-in post by anyone else (a manager's assignment, an
 * author's publish, an admin's change) forgets every kept Today at once.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class WriteMarkFilter {

    static final String COOKIE = "cw_w";
    /** Set on a GET that writes (a quiz resumed after signing in again), so it gets a new mark too. */
    static final String WROTE = "clockwise.wrote";

    private final TodayKeep keep;

    WriteMarkFilter(TodayKeep keep) {
        this.keep = keep;
    }

    /** The browser's current mark, "" without one. */
    static String mark(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse("");
    }

    @ResponseFilter
    void markWrite(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        if (read && !request.getAttribute(WROTE, Boolean.class).orElse(false) || response.code() >= 400) {
            return;
        }
        var user = request.getUserPrincipal(Authentication.class).map(CurrentUser::of);
        if (user.isPresent() && user.get().roles().equals(java.util.Set.of(Role.REP))) {
            keep.forget(user.get().id());
        } else if (user.isPresent()) {
            keep.forgetAll();
        }
        String value = Long.toString(System.currentTimeMillis(), 36) + "." + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        response.cookie(Cookie.of(COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(request.isSecure()));
    }
}
