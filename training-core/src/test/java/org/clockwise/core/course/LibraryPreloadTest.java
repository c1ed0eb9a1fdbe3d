package org.clockwise.core.course;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.clockwise.content.LibraryLoader;
import org.clockwise.content.LoadResult;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.db.DataSettings;
import org.clockwise.core.db.StartPhases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * issue 13, first start: the library is read while the context starts, and the start's publish gets exactly what
 * reading the folder itself would give, once; any later publish reads the folder again.
 */
class LibraryPreloadTest {

    @Test
    void theStartGetsTheFolderAsReadOnceAndNothingAfterwards(@TempDir Path dir) {
        TestLibrary library = TestLibrary.in(dir.resolve("library")).module("cost-of-inaction").module("open-questions");
        StartPhases phases = new StartPhases();
        LibraryPreload preload = preload(library.root(), true, phases);
        assertEquals(Optional.empty(), preload.take(library.root()), "nothing before the data source's settings are made");
        preload.start();

        Optional<LoadResult> read = preload.take(library.root());

        assertTrue(read.isPresent(), "the start's read is there");
        assertEquals(new LibraryLoader().load(library.root()), read.get(), "the same as reading the folder at publish time");
        assertEquals(2, read.get().library().courses().size());
        assertTrue(phases.describe().contains("library read at"), phases.describe());
        assertEquals(Optional.empty(), preload.take(library.root()), "taken once: later publishes read the folder again");
    }

    @Test
    void noReadWithoutAPublishAtStartNorForAnotherFolder(@TempDir Path dir) {
        TestLibrary library = TestLibrary.in(dir.resolve("library")).module("cost-of-inaction");
        LibraryPreload off = preload(library.root(), false, new StartPhases());
        off.start();
        assertEquals(Optional.empty(), off.take(library.root()));

        LibraryPreload on = preload(library.root(), true, new StartPhases());
        on.start();
        assertEquals(Optional.empty(), on.take(dir.resolve("elsewhere")));
    }

    /** As the application context makes it: the settings in the environment, the folder LibraryLocation's. */
    private static LibraryPreload preload(Path folder, boolean publishOnStart, StartPhases phases) {
        Environment environment = ApplicationContext.builder().properties(Map.of(
                "clockwise.library.path", folder.toString(),
                "clockwise.library.publish-on-start", publishOnStart,
                "clockwise.data-dir", folder.getParent().toString())).build().getEnvironment().start();
        LibraryLocation location = new LibraryLocation(new LibrarySettings(folder.toString(), publishOnStart),
                new DataSettings(folder.getParent().toString()));
        return new LibraryPreload(environment, () -> location, phases);
    }
}
