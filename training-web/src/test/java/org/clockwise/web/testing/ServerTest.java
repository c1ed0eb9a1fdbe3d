package org.clockwise.web.testing;

import org.clockwise.core.people.Organisation;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;

/** Base for tests against the shared server: starts it once and gives each class its own organisation. */
public abstract class ServerTest {

    protected static Organisation org;

    @BeforeAll
    static void startServerAndOrganisation() {
        TestServer.get();
        org = Fixtures.anOrganisation();
    }
}
