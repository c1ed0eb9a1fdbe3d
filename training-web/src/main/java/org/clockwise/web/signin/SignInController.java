package org.clockwise.web.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.demo.DemoOrganisation;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.people.Role;
import org.clockwise.core.signin.SignInResult;
import org.clockwise.core.signin.SignInService;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.CsrfTokens;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.LocalPaths;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Form sign-in and sign-out. Sessions live in the database and in an HttpOnly, SameSite cookie. */
@Controller(produces = MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {

    /**
     * The sign-in page. {@code demoAccounts} and {@code demoPassword} are set in demo mode only;
     * {@code email} is what was typed, {@code error} why it failed, {@code signedOut} whether to
     * confirm a sign-out.
     */
    record LoginPage(boolean demoMode, @Nullable List<DemoOrganisation.DemoAccount> demoAccounts, @Nullable String demoPassword,
                     @Nullable String email, @Nullable UiText error, boolean signedOut, @Nullable String next) {

        LoginPage failed(String typedEmail, UiText why) {
            return new LoginPage(demoMode, demoAccounts, demoPassword, typedEmail, why, signedOut, next);
        }

        /** The empty form; the demo accounts when the server holds the demo organisation. */
        static LoginPage fresh(OrganisationStore organisations, boolean signedOut, @Nullable String next) {
            boolean demo = !organisations.findByDemoTrue().isEmpty();
            String back = LocalPaths.orHome(next);
            String keep = back.equals("/") ? null : back;
            return demo
                    ? new LoginPage(true, DemoOrganisation.accounts(), DemoOrganisation.PASSWORD, null, null, signedOut, keep)
                    : new LoginPage(false, null, null, null, null, signedOut, keep);
        }
    }

    private final SignInService signIn;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
    private final OrganisationStore organisations;
    private final CsrfTokens csrf;
    private final Clock clock;
    private final ClientAddress clientAddress;

    SignInController(SignInService signIn,
                     LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                     LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler,
                     OrganisationStore organisations, CsrfTokens csrf, Clock clock, ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
        this.signIn = signIn;
        this.loginHandler = loginHandler;
        this.logoutHandler = logoutHandler;
        this.organisations = organisations;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String signedout, @Nullable @QueryValue String next) {
        if (request.getUserPrincipal(Authentication.class).isPresent()) {
            return HttpResponse.seeOther(URI.create(LocalPaths.orHome(next)));
        }
        LoginPage page = page(signedout != null, next);
        return HttpResponse.ok(new ModelAndView<>("signin/login", page));
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> signIn(HttpRequest<?> request, @Body SignInForm form) {
        String email = form.email() == null ? "" : form.email().trim();
        SignInResult result = signIn.signIn(email, form.password() == null ? "" : form.password(), clientAddress.of(request));
        if (result instanceof SignInResult.SignedIn ok) {
            Map<String, Object> claims = new HashMap<>();
            claims.put(CurrentUser.USER_ID, ok.userId());
            claims.put(CurrentUser.NAME, ok.displayName());
            claims.put("sid", ok.sessionId().toString());
            Authentication authentication = Authentication.build(ok.email(),
                    ok.roles().stream().map(Role::name).toList(), claims);
            csrf.rotate(request);
            MutableHttpResponse<?> success = loginHandler.loginSuccess(authentication, request);
            String next = LocalPaths.orHome(form.next());
            // The page the person was sent here from, when it is one of ours; else the default start page.
            if (!next.equals("/")) {
                success.getHeaders().set(HttpHeaders.LOCATION, next);
            }
            return success;
        }
        if (result instanceof SignInResult.Busy) {
            LoginPage page = page(false, form.next()).failed(email, UiText.of("signin.busy"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(new ModelAndView<>("signin/login", page));
        }
        if (result instanceof SignInResult.Locked locked) {
            long minutes = Math.max(1, (Duration.between(clock.instant(), locked.until()).getSeconds() + 59) / 60);
            LoginPage page = page(false, form.next()).failed(email, UiText.of("signin.locked", minutes));
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(new ModelAndView<>("signin/login", page));
        }
        LoginPage page = page(false, form.next()).failed(email, UiText.of("signin.failed"));
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(new ModelAndView<>("signin/login", page));
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MutableHttpResponse<?> signOut(HttpRequest<?> request, Authentication authentication) {
        signIn.endSession(CurrentUser.of(authentication).sessionId());
        csrf.rotate(request);
        return logoutHandler.logout(request);
    }

    private LoginPage page(boolean signedOut, @Nullable String next) {
        return LoginPage.fresh(organisations, signedOut, next);
    }
}
