package org.clockwise.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Named;
import org.clockwise.core.account.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.concurrent.ExecutorService;

/**
 * "Forgot password?": the same answer, in the same time, whether the address has an account or
 * not. The lookup and the email happen after the answer, on another thread, so neither the
 * words nor the timing of the page can tell.
 */
@Controller(value = "/reset", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class ResetRequestController {

    private static final Logger LOG = LoggerFactory.getLogger(ResetRequestController.class);

    /** The form; {@code sent} after a request, {@code error} when nothing was typed. */
    record ResetRequestPage(@Nullable String email, boolean sent, @Nullable String error) {
    }

    private final AccountService accounts;
    private final ExecutorService background;

    ResetRequestController(AccountService accounts, @Named(TaskExecutors.BLOCKING) ExecutorService background) {
        this.accounts = accounts;
        this.background = background;
    }

    @Get
    HttpResponse<?> form(@Nullable @QueryValue String sent) {
        return HttpResponse.ok(new ModelAndView<>("account/reset", new ResetRequestPage(null, sent != null, null)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> request(@Body ResetRequestForm form) {
        String email = form.email() == null ? "" : form.email().trim();
        if (email.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("account/reset", new ResetRequestPage("", false, "missing")));
        }
        background.execute(() -> {
            try {
                accounts.requestReset(email);
            } catch (RuntimeException e) {
                LOG.warn("A password reset request failed: {}", e.toString());
            }
        });
        return HttpResponse.seeOther(URI.create("/reset?sent"));
    }
}
