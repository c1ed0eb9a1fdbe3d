package org.clockwise.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsRenderer;
import org.clockwise.core.account.AccountService;
import org.clockwise.core.account.LinkStatus;
import org.clockwise.core.account.Purpose;
import org.clockwise.core.people.Role;
import org.clockwise.core.signin.PasswordPolicy;
import org.clockwise.core.signin.SignInResult;
import org.clockwise.core.signin.SignInService;
import org.clockwise.web.security.CsrfTokens;
import org.clockwise.web.security.CurrentUser;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The links in invitation ({@code /invite/TOKEN}) and reset ({@code /reset/TOKEN}) emails: a form
 * to choose a password, which then signs the person in. A link that is unknown answers 404, one
 * that was used or has expired 410; neither says anything about an address.
 */
@Controller(produces = MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class PasswordLinkController {

    /** The set-password page; {@code problem} names why the last password was refused. */
    record SetPasswordPage(String purpose, String name, String action, @Nullable String problem, int minLength) {
    }

    /** A link that cannot be used: {@code reason} is unknown, used or expired. */
    record LinkPage(String reason, String purpose) {
    }

    private final AccountService accounts;
    private final SignInService signIn;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final CsrfTokens csrf;
    private final ViewsRenderer<Object, HttpRequest<?>> views;

    PasswordLinkController(AccountService accounts, SignInService signIn,
                           LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler, CsrfTokens csrf,
                           ViewsRenderer<Object, HttpRequest<?>> views) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.loginHandler = loginHandler;
        this.csrf = csrf;
        this.views = views;
    }

    @Get("/invite/{token}")
    MutableHttpResponse<?> invitation(HttpRequest<?> request, @PathVariable String token) {
        return form(request, token, Purpose.INVITE);
    }

    @Post(value = "/invite/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> acceptInvitation(HttpRequest<?> request, @PathVariable String token, @Body PasswordForm form) {
        return submit(request, token, Purpose.INVITE, form);
    }

    @Get("/reset/{token}")
    MutableHttpResponse<?> reset(HttpRequest<?> request, @PathVariable String token) {
        return form(request, token, Purpose.RESET);
    }

    @Post(value = "/reset/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> resetPassword(HttpRequest<?> request, @PathVariable String token, @Body PasswordForm form) {
        return submit(request, token, Purpose.RESET, form);
    }

    private MutableHttpResponse<?> form(HttpRequest<?> request, String token, Purpose purpose) {
        AccountService.Link link = accounts.check(token);
        if (link.status() != LinkStatus.VALID || link.purpose() != purpose) {
            return unusable(request, link.purpose() == purpose ? link.status() : LinkStatus.UNKNOWN, purpose);
        }
        return noStore(HttpResponse.ok(new ModelAndView<>("account/set-password", page(purpose, link.name(), token, null))));
    }

    private MutableHttpResponse<?> submit(HttpRequest<?> request, String token, Purpose purpose, PasswordForm form) {
        AccountService.Link link = accounts.check(token);
        if (link.status() != LinkStatus.VALID || link.purpose() != purpose) {
            return unusable(request, link.purpose() == purpose ? link.status() : LinkStatus.UNKNOWN, purpose);
        }
        String password = form.password() == null ? "" : form.password();
        if (!password.equals(form.confirm() == null ? "" : form.confirm())) {
            return refused(purpose, link.name(), token, "MISMATCH");
        }
        AccountService.PasswordSet result = accounts.setPassword(token, password);
        if (result instanceof AccountService.PasswordSet.Refused r) {
            return refused(purpose, link.name(), token, r.problem().name());
        }
        if (result instanceof AccountService.PasswordSet.Unusable u) {
            return unusable(request, u.status(), purpose);
        }
        AccountService.PasswordSet.Done done = (AccountService.PasswordSet.Done) result;
        SignInResult.SignedIn ok = signIn.openSession(done.userId());
        Map<String, Object> claims = new HashMap<>();
        claims.put(CurrentUser.USER_ID, ok.userId());
        claims.put(CurrentUser.NAME, ok.displayName());
        claims.put("sid", ok.sessionId().toString());
        Authentication authentication = Authentication.build(ok.email(), ok.roles().stream().map(Role::name).toList(), claims);
        csrf.rotate(request);
        return loginHandler.loginSuccess(authentication, request);
    }

    private static SetPasswordPage page(Purpose purpose, String name, String token, String problem) {
        String path = purpose == Purpose.INVITE ? "/invite/" : "/reset/";
        return new SetPasswordPage(purpose.name().toLowerCase(Locale.ROOT), name, path + token, problem, PasswordPolicy.MIN_LENGTH);
    }

    private static MutableHttpResponse<?> refused(Purpose purpose, String name, String token, String problem) {
        return noStore(HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("account/set-password", page(purpose, name, token, problem))));
    }

    /**
     * The page for a used or expired link (410). An unknown link answers 404, which the global
     * error route shows as "nothing at this address" whatever the body.
     */
    private MutableHttpResponse<?> unusable(HttpRequest<?> request, LinkStatus status, Purpose purpose) {
        HttpStatus code = status == LinkStatus.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
        String reason = status == LinkStatus.UNKNOWN ? "unknown" : status.name().toLowerCase(Locale.ROOT);
        StringWriter out = new StringWriter();
        try {
            views.render("account/link", new LinkPage(reason, purpose.name().toLowerCase(Locale.ROOT)), request).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return noStore(HttpResponse.status(code).contentType(MediaType.TEXT_HTML + ";charset=utf-8").body(out.toString()));
    }

    /** Pages reached through a secret link are never cached. */
    private static MutableHttpResponse<?> noStore(MutableHttpResponse<?> response) {
        return response.header("Cache-Control", "no-store");
    }
}
