package org.clockwise.content.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * The authors' command-line tool: {@code lint}, {@code build}, {@code new} and {@code stats} on a
 * library folder. Exit codes: 0 done and clean, 1 problems found or refused, 2 usage error.
 *
 * <pre>java -jar training-content/target/training-content.jar lint content-library</pre>
 */
@Command(name = "clockwise-content",
        mixinStandardHelpOptions = true,
        version = "clockwise-content 0.1.0",
        description = "Checks, builds and scaffolds a Clockwise content library "
                + "(a folder with catalog.yml, modules/**/*.md and assets/).",
        subcommands = {LintCommand.class, BuildCommand.class, NewCommand.class, StatsCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Done; the library is clean.",
                "1:Problems found (printed as path:line: message), or the command refused.",
                "2:Usage error, or the library folder does not exist."})
public final class ContentCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command, show the usage and fail: a bare call is almost always a mistake in a script. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Runs the tool with the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        return new CommandLine(new ContentCli());
    }
}
