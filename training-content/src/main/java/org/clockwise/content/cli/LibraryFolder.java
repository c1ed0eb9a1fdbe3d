package org.clockwise.content.cli;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.LoadResult;
import org.clockwise.content.Problem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the commands share: checking the folder argument, loading, printing problems. */
final class LibraryFolder {

    private LibraryFolder() {
    }

    /** Throws a usage error (exit 2) when {@code library} is not a folder. */
    static void require(CommandSpec spec, Path library) {
        if (!Files.isDirectory(library)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Files.exists(library)
                    ? "not a folder: " + library + " (give the library folder, the one with catalog.yml)"
                    : "no such folder: " + library + " (give the library folder, the one with catalog.yml)");
        }
    }

    static LoadResult load(Path library) {
        return new LibraryLoader().load(library);
    }

    /** Prints each problem, then the summary line. */
    static void printProblems(LoadResult result, PrintWriter out) {
        for (Problem problem : result.problems()) {
            out.println(problem);
        }
        out.println(summary(result));
    }

    static String summary(LoadResult result) {
        if (result.isClean()) {
            int modules = result.library().courses().size();
            return "OK: " + modules + (modules == 1 ? " module" : " modules") + ", 0 problems";
        }
        int problems = result.problems().size();
        long files = result.filesWithProblems();
        return problems + (problems == 1 ? " problem" : " problems") + " in " + files + (files == 1 ? " file" : " files");
    }
}
