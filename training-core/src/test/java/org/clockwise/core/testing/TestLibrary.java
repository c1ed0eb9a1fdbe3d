package org.clockwise.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small lesson library in a temp folder, written the way an author would. */
public final class TestLibrary {

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

    private final Path root;

    private TestLibrary(Path root) {
        this.root = root;
    }

    public static TestLibrary create() {
        try {
            Path root = Files.createTempDirectory("clockwise-library");
            Files.createDirectories(root.resolve("modules"));
            Files.writeString(root.resolve("catalog.yml"), CATALOG, StandardCharsets.UTF_8);
            return new TestLibrary(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** Writes modules/{id}.md with a valid lesson and a three-question quiz. */
    public String module(String id) {
        return module(id, "Ask about the cost of doing nothing before you talk about price.");
    }

    public String module(String id, String lessonText) {
        String path = "modules/" + id + ".md";
        write(path, moduleText(id, "Lesson " + id, lessonText));
        return path;
    }

    public static String moduleText(String id, String title, String lessonText) {
        return """
                ---
                id: %s
                title: %s
                summary: A short test lesson.
                skills: [discovery-questioning]
                phases: [status-quo]
                personas: [cfo]
                ---

                %s

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
                """.formatted(id, title, lessonText);
    }

    public void write(String relativePath, String content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String relativePath) {
        try {
            Files.deleteIfExists(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relativePath) {
        try {
            return Files.readString(root.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
