package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import org.clockwise.web.render.TemplateVariables;

import java.util.Map;
import java.util.Optional;

/**
 * Gives every page the CSRF token for its forms and the signed-in person for the layout.
 *
 * <p>Typed {@code Object}, not {@code Map}: Micronaut picks processors by the model's class, and
 * pages are records. A record cannot take extra values, so the model becomes its variables
 * ({@link TemplateVariables}) plus these.
 */
@Singleton
class PageModelProcessor implements ViewModelProcessor<Object> {

    private final CsrfTokens csrf;

    PageModelProcessor(CsrfTokens csrf) {
        this.csrf = csrf;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Object> modelAndView) {
        Map<String, Object> model = TemplateVariables.of(modelAndView.getModel().orElse(null));
        model.put("csrfField", CsrfTokens.FIELD);
        model.put("csrfToken", csrf.tokenForRequest(request));
        Optional<Authentication> auth = request.getUserPrincipal(Authentication.class);
        auth.filter(a -> a.getAttributes().containsKey(CurrentUser.USER_ID))
                .ifPresent(a -> model.put("currentUser", CurrentUser.of(a)));
        modelAndView.setModel(model);
    }
}
