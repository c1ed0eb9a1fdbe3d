package org.clockwise.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of the bundled library at {@code ../content-library} parses with zero problems, so a
 * broken lesson fails the build, and names itself.
 */
class BundledLibraryTest {

    static final Path LIBRARY = Path.of("..", "content-library");

    private static final LoadResult RESULT = new LibraryLoader().load(LIBRARY);

    static Stream<String> moduleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(LIBRARY.resolve("modules"))) {
            return files.filter(f -> f.toString().endsWith(".md"))
                    .map(f -> LibraryFiles.relative(LIBRARY, f))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moduleFiles")
    void moduleHasNoProblems(String path) {
        assertEquals("", RESULT.problemsIn(path).stream().map(Problem::toString).collect(Collectors.joining("\n")));
        assertTrue(RESULT.library().courseAt(path).isPresent(), path + " was not loaded");
    }

    @Test
    void catalogAndAssetsHaveNoProblems() {
        List<Problem> others = RESULT.problems().stream().filter(p -> !p.path().startsWith("modules/")).toList();
        assertEquals(List.of(), others);
        assertFalse(RESULT.library().catalog().skills().isEmpty());
    }

    /** How the server publishes the bundled lessons without a checkout: from the jar on its classpath. */
    @Test
    void loadsFromTheClasspathToo() throws Exception {
        URL catalog = getClass().getClassLoader().getResource("content-library/catalog.yml");
        if (catalog == null) {
            return; // the content-library artifact is not on this classpath (IDE run without it)
        }
        URI uri = catalog.toURI();
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                assertLoaded(new LibraryLoader().load(jar.getPath("/content-library")));
            }
        } else {
            assertLoaded(new LibraryLoader().load(Path.of(uri).getParent()));
        }
    }

    // Not compared with the folder: the jar may be an older build of the library.
    private static void assertLoaded(LoadResult fromClasspath) {
        assertFalse(fromClasspath.library().courses().isEmpty());
        assertFalse(fromClasspath.library().catalog().skills().isEmpty());
    }
}
