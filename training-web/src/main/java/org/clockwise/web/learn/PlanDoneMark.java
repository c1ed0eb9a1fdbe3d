package org.clockwise.web.learn;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/**
 * Which answer completed today's plan, for the page that answer redirects to: a short-lived
 * cookie holding the attempt or review event id, so the result's address stays the same (a
 * second submit of the same page lands on the very same address). It can only ever add the
 * "Plan done" banner, and the page shows that only while today's plan really is complete.
 */
final class PlanDoneMark {

    static final String COOKIE = "CLOCKWISE_PLAN_DONE";

    private PlanDoneMark() {
    }

    static Cookie cookie(String answerId, boolean secure) {
        return Cookie.of(COOKIE, answerId).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure)
                .maxAge(Duration.ofMinutes(10));
    }

    /** Whether the request's mark names this answer. */
    static boolean names(HttpRequest<?> request, String answerId) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(answerId::equals).isPresent();
    }
}
