package org.clockwise.web.health;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** For load balancers and as the trivial endpoint benchmarks compare against: no database, no template. */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {

    @Get(produces = MediaType.TEXT_PLAIN)
    String health() {
        return "ok";
    }
}
