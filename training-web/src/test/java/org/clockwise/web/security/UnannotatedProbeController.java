package org.clockwise.web.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** A route someone forgot to secure; exists only in tests, to prove deny-by-default. */
@Requires(env = "test")
@Controller(value = "/test-probe/unannotated", produces = MediaType.TEXT_HTML)
class UnannotatedProbeController {
    @Get
    String secret() {
        return "should never be served";
    }
}
