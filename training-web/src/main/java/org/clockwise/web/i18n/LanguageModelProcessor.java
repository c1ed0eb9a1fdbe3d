package org.clockwise.web.i18n;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import org.clockwise.web.render.TemplateVariables;

import java.util.Map;

/**
 * Gives every page of a signed-in person what the language form in the layout needs: the
 * languages, the person's setting ("" follows the browser) and the page to come back to. Typed
 * {@code Object} like every page-model processor: page models are records ({@link TemplateVariables}).
 */
@Singleton
class LanguageModelProcessor implements ViewModelProcessor<Object> {

    private final Languages languages;
    private final LanguageSettings settings;

    LanguageModelProcessor(Languages languages, LanguageSettings settings) {
        this.languages = languages;
        this.settings = settings;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Object> modelAndView) {
        if (LanguageSettings.userId(request).isEmpty()) {
            return;
        }
        Map<String, Object> model = TemplateVariables.of(modelAndView.getModel().orElse(null));
        model.put("languages", languages.offered());
        model.put("languageSetting", settings.forRequest(request).orElse(""));
        model.put("currentPath", currentPath(request));
        modelAndView.setModel(model);
    }

    /** Where the form returns to: this page, unless it answered a form post (then the start page). */
    static String currentPath(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET) {
            return "/";
        }
        String query = request.getUri().getRawQuery();
        return request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
