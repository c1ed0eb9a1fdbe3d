package org.clockwise.content.cli;

import org.clockwise.content.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Checks the whole library and prints every problem as path:line: message, "
                + "then a summary. Exits 0 when clean, 1 otherwise.")
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<library>", description = "The library folder (with catalog.yml).")
    Path library;

    @Override
    public Integer call() {
        LibraryFolder.require(spec, library);
        LoadResult result = LibraryFolder.load(library);
        LibraryFolder.printProblems(result, spec.commandLine().getOut());
        return result.isClean() ? 0 : 1;
    }
}
