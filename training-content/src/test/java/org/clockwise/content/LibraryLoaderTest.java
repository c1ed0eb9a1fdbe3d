package org.clockwise.content;

import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.clockwise.content.ProblemAssert.assertClean;
import static org.clockwise.content.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading as a whole: ordering, overrides for an editor, determinism, threads, jars. */
class LibraryLoaderTest {

    @TempDir
    Path dir;

    @Test
    void modulesAreOrderedByPathAtAnyDepth() {
        LoadResult result = TestLibrary.in(dir)
                .write("modules/z/deep/er/last.md", TestLibrary.frontMatter("last") + "Z.\n")
                .write("modules/a.md", TestLibrary.frontMatter("first") + "A.\n")
                .write("modules/m/middle.MD", TestLibrary.frontMatter("middle") + "M.\n")
                .write("modules/notes.txt", "ignored")
                .load();
        assertClean(result);
        assertEquals(List.of("modules/a.md", "modules/m/middle.MD", "modules/z/deep/er/last.md"),
                result.library().courses().stream().map(Course::path).toList());
    }

    @Test
    void problemsAreSortedByPathThenLine() {
        LoadResult result = TestLibrary.in(dir)
                .write("modules/b.md", TestLibrary.frontMatter("b") + "# One\n\n# Two\n")
                .write("modules/a.md", TestLibrary.frontMatter("a") + "# Three\n")
                .load();
        assertEquals(List.of("modules/a.md:7", "modules/b.md:7", "modules/b.md:9"),
                result.problems().stream().map(p -> p.path() + ":" + p.line()).toList());
        assertEquals(2, result.filesWithProblems());
    }

    @Test
    void overrideReplacesAFileForAnEditorPreview() {
        TestLibrary library = TestLibrary.in(dir).module("basics").module("intro");
        LoadResult result = new LibraryLoader().loadWithOverride(dir, "modules/intro.md",
                TestLibrary.frontMatter("intro", "requires: [basics]\n") + "Edited lesson with a [link](basics.md).\n");
        assertClean(result);
        Course intro = result.library().course("intro").orElseThrow();
        assertTrue(intro.lessonHtml().contains("Edited lesson"), intro.lessonHtml());
        assertTrue(intro.lessonHtml().contains("href=\"/modules/basics\""), intro.lessonHtml());
        assertTrue(library.load().library().course("intro").orElseThrow().lessonHtml().contains(TestLibrary.LESSON),
                "the file on disk is untouched");
    }

    @Test
    void overrideIsValidatedAgainstTheWholeLibrary() {
        TestLibrary.in(dir).module("basics");
        LoadResult result = new LibraryLoader().loadWithOverride(dir, "modules/new/upload.md",
                TestLibrary.frontMatter("basics", "requires: [missing]\n") + "Text.\n");
        assertProblem(result, "modules/new/upload.md", 2, "duplicate module id `basics`: also used by modules/basics.md");
        assertProblem(result, "modules/new/upload.md", 6, "requires unknown module `missing`");
    }

    @Test
    void overridePathMustBeAModule() {
        TestLibrary.in(dir);
        LibraryLoader loader = new LibraryLoader();
        for (String bad : List.of("catalog.yml", "modules/../catalog.yml", "../x.md", "modules/x.txt", "assets/x.md")) {
            assertThrows(IllegalArgumentException.class, () -> loader.loadWithOverride(dir, bad, "x"), bad);
        }
    }

    @Test
    void notAFolder() {
        assertThrows(IllegalArgumentException.class, () -> new LibraryLoader().load(dir.resolve("missing")));
    }

    @Test
    void missingModulesFolder() throws Exception {
        Files.writeString(dir.resolve("catalog.yml"), TestLibrary.CATALOG);
        assertProblem(new LibraryLoader().load(dir), "modules", 1, "no modules/ folder");
    }

    @Test
    void contentHashChangesOnlyWithTheFile() {
        TestLibrary library = TestLibrary.in(dir).module("a");
        String before = library.load().library().course("a").orElseThrow().contentHash();
        assertEquals(before, library.load().library().course("a").orElseThrow().contentHash());
        library.moduleWithBody("a", "Changed.\n");
        assertNotEquals(before, library.load().library().course("a").orElseThrow().contentHash());
        assertEquals(ModuleParser.sha256(TestLibrary.frontMatter("a") + "Changed.\n"),
                library.load().library().course("a").orElseThrow().contentHash());
    }

    @Test
    void loadingTwiceGivesEqualResults() {
        TestLibrary library = TestLibrary.in(dir).module("a").module("b").moduleWithBody("c", "# Bad\n");
        assertEquals(library.load(), library.load());
    }

    @Test
    void oneLoaderIsSafeToShareBetweenThreads() throws Exception {
        TestLibrary library = TestLibrary.in(dir);
        for (int i = 0; i < 30; i++) {
            library.module("m" + i).moduleWithBody("broken" + i, "# Heading " + i + "\n\n[x](missing" + i + ".md)\n");
        }
        LibraryLoader loader = new LibraryLoader();
        LoadResult expected = loader.load(dir);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LoadResult>> results = Stream.generate(() -> pool.submit(() -> loader.load(dir))).limit(12).toList();
            for (Future<LoadResult> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loadsALibraryInsideAZipFile() throws Exception {
        TestLibrary.in(dir.resolve("src")).module("a").write("assets/img/x.png", "png")
                .moduleWithBody("b", "![x](../assets/img/x.png)\n");
        Path zip = dir.resolve("library.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            try (Stream<Path> files = Files.walk(dir.resolve("src"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = fs.getPath("/content-library").resolve(dir.resolve("src").relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            LoadResult result = new LibraryLoader().load(fs.getPath("/content-library"));
            assertClean(result);
            assertEquals(List.of("modules/a.md", "modules/b.md"), result.library().courses().stream().map(Course::path).toList());
            assertEquals(List.of("img/x.png"), result.library().course("b").orElseThrow().assets());
        }
    }
}
