package org.clockwise.web.nav;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import org.clockwise.web.render.TemplateVariables;
import org.clockwise.web.security.CurrentUser;

import java.util.Map;

/**
 * Gives every page of a signed-in person the layout's {@code navigation}. Typed {@code Object} like
 * every page-model processor: page models are records ({@link TemplateVariables}).
 */
@Singleton
class NavigationModelProcessor implements ViewModelProcessor<Object> {

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Object> modelAndView) {
        request.getUserPrincipal(Authentication.class)
                .filter(a -> a.getAttributes().containsKey(CurrentUser.USER_ID))
                .ifPresent(a -> {
                    Map<String, Object> model = TemplateVariables.of(modelAndView.getModel().orElse(null));
                    model.put("navigation", Navigation.of(CurrentUser.of(a).roles(), request.getPath()));
                    modelAndView.setModel(model);
                });
    }
}
