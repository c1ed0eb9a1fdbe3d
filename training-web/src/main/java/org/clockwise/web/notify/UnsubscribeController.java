package org.clockwise.web.notify;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.nudge.NudgePreferenceStore;
import org.clockwise.core.nudge.UnsubscribeTokens;
import org.clockwise.web.security.ErrorPages;

import java.util.OptionalLong;

/**
 * {@code /unsubscribe/TOKEN}, the link in every nudge and digest: no sign-in, the signed token
 * names the person. GET shows a confirm page (link scanners follow GETs, so a GET changes nothing);
 * POST turns reminder emails off, from that page's button or from a mail client's RFC 8058
 * one-click request ({@code List-Unsubscribe=One-Click}), which carries no CSRF token or cookie
 * (see {@code CsrfFilter}). Doing it twice is harmless.
 */
@Controller(value = "/unsubscribe", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class UnsubscribeController {

    /** The page model: the token to post back, and whether it is done. */
    record UnsubscribePage(String token, boolean done) {
    }

    private final UnsubscribeTokens tokens;
    private final NudgePreferenceStore preferences;
    private final ErrorPages errorPages;

    UnsubscribeController(UnsubscribeTokens tokens, NudgePreferenceStore preferences, ErrorPages errorPages) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.errorPages = errorPages;
    }

    @Get("/{token}")
    HttpResponse<?> confirm(HttpRequest<?> request, @PathVariable String token) {
        if (tokens.userId(token).isEmpty()) {
            return invalid(request);
        }
        return HttpResponse.ok(new ModelAndView<>("notify/unsubscribe", new UnsubscribePage(token, false)));
    }

    @Post(value = "/{token}", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN})
    HttpResponse<?> unsubscribe(HttpRequest<?> request, @PathVariable String token) {
        OptionalLong userId = tokens.userId(token);
        if (userId.isEmpty() || !preferences.turnOff(userId.getAsLong())) {
            return invalid(request);
        }
        return HttpResponse.ok(new ModelAndView<>("notify/unsubscribe", new UnsubscribePage(token, true)));
    }

    private HttpResponse<?> invalid(HttpRequest<?> request) {
        return errorPages.page(request, HttpStatus.NOT_FOUND,
                "This unsubscribe link is not valid. Copy the whole link from the email, or sign in and change your notification settings.");
    }
}
