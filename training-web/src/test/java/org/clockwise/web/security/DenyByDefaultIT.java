package org.clockwise.web.security;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.security.annotation.Secured;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.clockwise.core.people.Role;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DenyByDefaultIT {

    @Test
    void everyApplicationRouteDeclaresWhoMayUseIt() {
        Router router = TestServer.bean(Router.class);
        List<? extends UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(r -> r.getDeclaringType().getName().startsWith("org.clockwise"))
                .filter(r -> r.getDeclaringType() != UnannotatedProbeController.class)
                .toList();
        assertFalse(routes.isEmpty(), "the router lists the application's routes");

        List<String> unannotated = routes.stream()
                .filter(r -> !declaresAccess(r.getTargetMethod().getAnnotationMetadata()))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate() + " -> " + r.getTargetMethod())
                .toList();

        assertTrue(unannotated.isEmpty(), "routes without @Secured: " + unannotated);
    }

    @Test
    void aRouteWithoutARuleIsRefusedToEveryone() {
        assertEquals(401, new Browser().getAsApiClient("/test-probe/unannotated").status());
        Browser signedIn = new Browser();
        var user = Fixtures.aUser(Fixtures.anOrganisation(), Role.ADMIN, Role.MANAGER, Role.AUTHOR, Role.REP);
        signedIn.signIn(user.email(), Fixtures.PASSWORD);
        Browser.Page page = signedIn.get("/test-probe/unannotated");
        assertEquals(403, page.status());
        assertFalse(page.body().contains("should never be served"));
    }

    private static boolean declaresAccess(AnnotationMetadata metadata) {
        // Method metadata includes the class's annotations, so class-level @Secured counts.
        return metadata.hasAnnotation(Secured.class) || metadata.hasStereotype(Secured.class);
    }
}
