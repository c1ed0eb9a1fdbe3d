package org.clockwise.web.cli;

import java.util.Arrays;
import java.util.Set;

/**
 * The jar's commands, recognised by their first word; anything else starts the server.
 *
 * <pre>
 * java -jar training-web.jar roster import FILE [--org NAME] [--dry-run] [--deactivate-missing]
 * java -jar training-web.jar admin create --org NAME --email EMAIL --name NAME
 * </pre>
 */
public final class Commands {

    private static final Set<String> NAMES = Set.of("roster", "admin");

    private Commands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** Runs the command and returns its exit code: 0 done, 1 refused or failed, 2 bad usage. */
    public static int run(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "roster" -> RosterCommand.run(rest);
            case "admin" -> AdminCommand.run(rest);
            default -> 2;
        };
    }
}
