package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Gives every page the CSRF token for its forms and the signed-in person for the layout. */
@Singleton
class PageModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    private final CsrfTokens csrf;

    PageModelProcessor(CsrfTokens csrf) {
        this.csrf = csrf;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        model.put("csrfField", CsrfTokens.FIELD);
        model.put("csrfToken", csrf.tokenForRequest(request));
        Optional<Authentication> auth = request.getUserPrincipal(Authentication.class);
        auth.filter(a -> a.getAttributes().containsKey(CurrentUser.USER_ID))
                .ifPresent(a -> model.put("currentUser", CurrentUser.of(a)));
        modelAndView.setModel(model);
    }
}
