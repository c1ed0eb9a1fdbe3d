package org.clockwise.content.testing;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.LoadResult;
import org.clockwise.content.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small lesson library in a folder, written the way an author would: a catalog, modules and
 * assets, each in a line or two. The one helper for the tests of training-content, training-core
 * and training-web (the latter two through training-content's test-jar), so they all speak of the
 * same skills, phases, personas, tracks and quiz.
 *
 * <p>Writers return the library, so a test reads as one sentence:
 * {@code TestLibrary.in(dir).module("a").moduleWithBody("b", "# Oops\n").load()}.
 */
public final class TestLibrary {

    /** The standard catalog; its ids are those of the bundled library, so fixtures look like real data. */
    public static final String CATALOG = """
            snack-budget-minutes: 5
            skills:
              - id: discovery-questioning
                name: Discovery questioning
              - id: value-articulation
                name: Value articulation
            phases:
              - id: status-quo
                name: Status quo
              - id: decision
                name: Decision
            personas:
              - id: cfo
                name: Chief Financial Officer
              - id: cio
                name: Chief Information Officer
            tracks:
              - id: first-30-days
                name: First 30 days
                tenure-days: [0, 30]
              - id: veteran
                name: Veteran
                tenure-days: [91, null]
            """;

    /** The lesson of {@link #module(String)}. */
    public static final String LESSON = "Ask about the cost of doing nothing before you talk about price.";

    /**
     * A quiz that passes lint, one question of each type: single choice with option feedback and an
     * explanation, multiple choice, and a short answer with a pattern: 21 lines, the last ending
     * with a line feed.
     */
    public static final String QUIZ = """
            # Quiz

            ## What do you ask first?
            - [ ] The budget
              > Feedback for budget: too early.
            - [x] What happens if nothing changes
              > Feedback for nothing-changes: right, that sizes the pain.

            > Explanation: the cost of doing nothing comes first.

            ## Which of these size the pain?
            <!-- multiple -->
            - [x] Cost of delay
            - [x] Lost deals
            - [ ] The logo on the slide

            ## How many minutes may a lesson take at most?
            ```answer
            5
            /^\\s*five\\s*$/
            ```
            """;

    // One loader for all tests, as production code shares one.
    private static final LibraryLoader LOADER = new LibraryLoader();

    private final Path root;

    private TestLibrary(Path root) {
        this.root = root;
    }

    /** A library in {@code dir} with the standard catalog, empty {@code modules/} and {@code assets/}. */
    public static TestLibrary in(Path dir) {
        return new TestLibrary(dir).write("catalog.yml", CATALOG).dir("modules").dir("assets");
    }

    /**
     * A library in a new temp folder, for a library that outlives one test (a server's, a shared
     * context's); where a test owns its library, {@link #in(Path)} with a {@code @TempDir} cleans up.
     */
    public static TestLibrary create() {
        try {
            Path dir = Files.createTempDirectory("clockwise-library");
            synchronized (CREATED) {
                if (CREATED.isEmpty()) {
                    Runtime.getRuntime().addShutdownHook(new Thread(TestLibrary::deleteCreated, "test-library-cleanup"));
                }
                CREATED.add(dir);
            }
            return in(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Temp libraries made by {@link #create()}, deleted when the JVM ends (each test run left thousands behind). */
    private static final List<Path> CREATED = new ArrayList<>();

    private static void deleteCreated() {
        synchronized (CREATED) {
            for (Path dir : CREATED) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException | UncheckedIOException e) {
                    // best effort: a folder still in use is left for the OS's temp cleanup
                }
            }
        }
    }

    public Path root() {
        return root;
    }

    /** Where {@link #module(String)} puts module {@code id}, relative to the root. */
    public static String path(String id) {
        return "modules/" + id + ".md";
    }

    /** Adds {@code modules/<id>.md} that passes lint: the standard lesson and quiz ({@link #moduleText}). */
    public TestLibrary module(String id) {
        return module(id, LESSON);
    }

    /** Adds or replaces {@code modules/<id>.md} that passes lint, with {@code lessonText} and the standard quiz. */
    public TestLibrary module(String id, String lessonText) {
        return write(path(id), moduleText(id, "Lesson " + id, lessonText));
    }

    /** Adds or replaces {@code modules/<id>.md}: {@link #frontMatter(String)}, then exactly {@code body}. */
    public TestLibrary moduleWithBody(String id, String body) {
        return write(path(id), frontMatter(id) + body);
    }

    /** Valid front matter for {@code id}: id on line 2, title 3, summary 4, skills 5, {@code ---} on 6. */
    public static String frontMatter(String id) {
        return frontMatter(id, "");
    }

    /** {@link #frontMatter(String)} with {@code extra} lines before the closing {@code ---}, from line 6 on. */
    public static String frontMatter(String id, String extra) {
        return "---\nid: " + id + "\ntitle: Lesson " + id + "\nsummary: What " + id + " teaches.\n"
                + "skills: [discovery-questioning]\n" + extra + "---\n";
    }

    /**
     * A whole module that passes lint: front matter with phase {@code status-quo} and persona
     * {@code cfo}, a blank line, {@code lessonText}, a blank line and {@link #QUIZ}.
     */
    public static String moduleText(String id, String title, String lessonText) {
        return "---\nid: " + id + "\ntitle: " + title + "\nsummary: What " + id + " teaches.\n"
                + "skills: [discovery-questioning]\nphases: [status-quo]\npersonas: [cfo]\n---\n\n"
                + lessonText + "\n\n" + QUIZ;
    }

    /** Writes a file under the root, creating folders. */
    public TestLibrary write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file under the root as raw bytes, creating folders: for encodings other than UTF-8. */
    public TestLibrary write(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestLibrary dir(String path) {
        try {
            Files.createDirectories(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file under the root, if it is there. */
    public TestLibrary delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file under the root as UTF-8 text. */
    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LoadResult load() {
        return LOADER.load(root);
    }

    /** The problems as {@code path:line: message} strings. */
    public List<String> problems() {
        return load().problems().stream().map(Problem::toString).toList();
    }
}
