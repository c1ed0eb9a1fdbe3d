package org.clockwise.web.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;

import java.util.Map;

/** A page whose template fails, to prove a rendering error answers 500 instead of hanging. Tests only. */
@Requires(env = "test")
@Controller(value = "/test-probe/broken", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class BrokenTemplateProbeController {
    @Get
    @View("test-probe/broken")
    Map<String, Object> broken() {
        return Map.of("thing", "a string has no such method");
    }
}
