package org.clockwise.content.cli;

import org.clockwise.content.Course;
import org.clockwise.content.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates modules/<module-id>.md with front matter (using the catalog's first skill) "
                + "and a sample quiz that passes lint. Never overwrites a file.")
final class NewCommand implements Callable<Integer> {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<library>", description = "The library folder (with catalog.yml).")
    Path library;

    @Parameters(index = "1", paramLabel = "<module-id>",
            description = "The new module's id: lower-case letters, digits and hyphens, for example open-questions.")
    String id;

    @Override
    public Integer call() throws IOException {
        LibraryFolder.require(spec, library);
        if (!ID.matcher(id).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "malformed module id `" + id
                    + "`: use lower-case letters, digits and hyphens, starting with a letter or digit (for example `"
                    + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "") + "`)");
        }
        String relative = "modules/" + id + ".md";
        Path file = library.resolve("modules").resolve(id + ".md");
        if (Files.exists(file)) {
            spec.commandLine().getErr().println(relative + " already exists: not overwriting it");
            return 1;
        }
        LoadResult result = LibraryFolder.load(library);
        Optional<Course> existing = result.library().course(id);
        if (existing.isPresent()) {
            spec.commandLine().getErr().println("module id `" + id + "` is already used by " + existing.get().path()
                    + ": choose another id");
            return 1;
        }
        if (result.library().catalog().skills().isEmpty()) {
            spec.commandLine().getErr().println("catalog.yml has no usable skill: fix catalog.yml first (run lint)");
            return 1;
        }
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, scaffold(id, result.library().catalog().skills().get(0).id()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println(relative + " already exists: not overwriting it");
            return 1;
        }
        spec.commandLine().getOut().println("Created " + relative + ": write the lesson and quiz, then run lint");
        return 0;
    }

    static String scaffold(String id, String skill) {
        String title = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        return """
                ---
                id: %s
                title: %s
                summary: One sentence on what the rep will be able to do after this module.
                skills: [%s]
                ---

                Write the lesson here: one idea, a few short paragraphs, an example from a real deal.
                A module should take at most a few minutes, quiz included.

                # Quiz

                ## Replace this with your question: which option is right?
                - [x] The right answer
                  > Feedback shown to a rep who picks this option.
                - [ ] A wrong answer
                  > Say why it is wrong, and what would be better.

                > The explanation, shown after answering.
                """.formatted(id, title, skill);
    }
}
