package org.clockwise.content.cli;

import org.clockwise.content.LoadResult;
import org.clockwise.content.json.LibraryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks the library and, only if it is clean, writes it as one JSON document "
                + "(catalog, modules, lesson HTML, quizzes with answers) for the server to publish. "
                + "With any problem nothing is written: publishing is all or nothing.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<library>", description = "The library folder (with catalog.yml).")
    Path library;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "<file>", description = "Where to write the JSON.")
    Path out;

    @Override
    public Integer call() throws IOException {
        LibraryFolder.require(spec, library);
        LoadResult result = LibraryFolder.load(library);
        if (!result.isClean()) {
            LibraryFolder.printProblems(result, spec.commandLine().getOut());
            spec.commandLine().getErr().println("Nothing written: fix the problems above, then build again.");
            return 1;
        }
        writeAtomically(out, LibraryJson.write(result.library()));
        int modules = result.library().courses().size();
        spec.commandLine().getOut().println("Built " + modules + (modules == 1 ? " module" : " modules") + " into " + out);
        return 0;
    }

    /** Readers see the old file or the new one, never half of one. */
    static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
