package org.clockwise.core.skill;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.LibraryPublisher;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Targets come from the published catalog when it has a `targets:` list, else from the defaults. */
class TargetQueriesIT {

    @Test
    void publishedCatalogTargetsReplaceTheDefaultsUntilTheyAreRemoved() {
        TestLibrary library = TestLibrary.create();
        library.module("targets-" + Fixtures.unique().replace("-", ""));
        library.write("catalog.yml", TestLibrary.CATALOG + """
                targets:
                  - tenure-days: [0, 60]
                    default: 0.25
                    skills:
                      value-articulation: 0.4
                  - tenure-days: [61, null]
                    default: 0.9
                """);
        publish(library);
        TargetPolicy policy = CoreContext.bean(TargetQueries.class).policy();
        assertEquals(0.25, policy.target("discovery-questioning", 10), 1e-9);
        assertEquals(0.4, policy.target("value-articulation", 10), 1e-9);
        assertEquals(0.9, policy.target("value-articulation", 400), 1e-9);

        library.write("catalog.yml", TestLibrary.CATALOG);
        publish(library);
        assertEquals(new TargetPolicy().target("discovery-questioning", 10),
                CoreContext.bean(TargetQueries.class).policy().target("discovery-questioning", 10), 1e-9);
    }

    private static void publish(TestLibrary library) {
        CoreContext.bean(LibraryPublisher.class).publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
    }
}
