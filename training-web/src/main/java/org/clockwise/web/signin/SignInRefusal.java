package org.clockwise.web.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.ErrorPages;
import org.clockwise.web.security.RefusedForm;

import java.util.Map;

/**
 * The sign-in form refused for bad encoding (issue 13 leftovers, item 2): the form again with the
 * email as typed minus the bad bytes and a message naming the field, instead of the 400 page.
 * Nobody is signed in and no failure is counted: the form never reaches {@code SignInService}.
 */
@Singleton
class SignInRefusal implements RefusedForm {

    private final OrganisationStore organisations;
    private final ErrorPages pages;

    SignInRefusal(OrganisationStore organisations, ErrorPages pages) {
        this.organisations = organisations;
        this.pages = pages;
    }

    @Override
    public String path() {
        return "/login";
    }

    @Override
    public MutableHttpResponse<?> refused(HttpRequest<?> request, Map<String, String> fields, String field) {
        String why = switch (field) {
            case "email" -> "signin.refused.email";
            case "password" -> "signin.refused.password";
            default -> "signin.refused.form";
        };
        String email = fields.getOrDefault("email", "").trim();
        SignInController.LoginPage page = SignInController.LoginPage.fresh(organisations, false, fields.get("next"))
                .failed(email, UiText.of(why));
        return pages.form(request, HttpStatus.UNPROCESSABLE_ENTITY, "signin/login", page);
    }
}
