package org.clockwise.web.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;
import org.clockwise.web.security.LocalPaths;

import java.net.URI;
import java.util.Locale;

/** Stores the signed-in person's interface language (the form in the layout's footer). */
@Controller(value = "/settings/language", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class LanguageController {

    private final Languages languages;
    private final LanguageSettings settings;
    private final ErrorPages errorPages;

    LanguageController(Languages languages, LanguageSettings settings, ErrorPages errorPages) {
        this.languages = languages;
        this.settings = settings;
        this.errorPages = errorPages;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Authentication authentication, @Body LanguageForm form) {
        String code = form.language() == null ? "" : form.language().trim();
        String language = null;
        if (!code.isEmpty()) {
            Locale supported = languages.supported(code).orElse(null);
            if (supported == null) {
                return errorPages.page(request, HttpStatus.BAD_REQUEST, "language.unknown");
            }
            language = supported.getLanguage();
        }
        settings.set(CurrentUser.of(authentication).id(), language);
        return HttpResponse.seeOther(URI.create(LocalPaths.orHome(form.back())));
    }
}
