package org.clockwise.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds small library folders for tests: a catalog, modules and assets, each a line or two. */
public final class TestLibrary {

    public static final String CATALOG = """
            snack-budget-minutes: 5
            skills:
              - id: discovery
                name: Discovery questioning
              - id: listening
                name: Active listening
            phases:
              - id: status-quo
                name: Status quo
              - id: decision
                name: Decision
            personas:
              - id: cfo
                name: Chief Financial Officer
            tracks:
              - id: first-30-days
                name: First 30 days
                tenure-days: [0, 30]
              - id: veterans
                name: Veterans
                tenure-days: [365, null]
            """;

    /** A quiz that passes lint: one single-choice question. */
    public static final String QUIZ = """
            # Quiz

            ## Which question opens a discovery call best?
            - [ ] "Shall I show you a demo?"
              > Too early: you know nothing yet.
            - [x] "What made you take this call today?"
              > Right: it lets the buyer tell their story.
            """;

    private static final LoaderHolder LOADER = new LoaderHolder();

    private final Path root;

    private TestLibrary(Path root) {
        this.root = root;
    }

    /** A library in {@code dir} with the standard catalog and no modules. */
    public static TestLibrary in(Path dir) {
        return new TestLibrary(dir).file("catalog.yml", CATALOG).dir("modules").dir("assets");
    }

    public Path root() {
        return root;
    }

    public TestLibrary file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestLibrary bytes(String path, byte[] content) {
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

    /** Adds {@code modules/<id>.md} with valid front matter, the given body and nothing else. */
    public TestLibrary module(String id, String body) {
        return file("modules/" + id + ".md", frontMatter(id) + body);
    }

    /** Adds a module that passes lint. */
    public TestLibrary aModule(String id) {
        return module(id, "A short lesson about " + id + ".\n\n" + QUIZ);
    }

    public static String frontMatter(String id) {
        return frontMatter(id, "");
    }

    /** Valid front matter for {@code id}, with {@code extra} lines before the closing {@code ---}. */
    public static String frontMatter(String id, String extra) {
        return "---\nid: " + id + "\ntitle: Title of " + id + "\nsummary: What " + id + " teaches.\nskills: [discovery]\n"
                + extra + "---\n";
    }

    public LoadResult load() {
        return LOADER.loader.load(root);
    }

    /** The problems as {@code path:line: message} strings. */
    public List<String> problems() {
        return load().problems().stream().map(Problem::toString).toList();
    }

    // One loader for all tests, as production code shares one.
    private static final class LoaderHolder {
        final LibraryLoader loader = new LibraryLoader();
    }
}
