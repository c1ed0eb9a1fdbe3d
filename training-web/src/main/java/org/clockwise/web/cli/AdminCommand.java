package org.clockwise.web.cli;

/** Placeholder until the command is written (issue 10); prints its usage and fails. */
final class AdminCommand {

    private AdminCommand() {
    }

    static int run(String[] args) {
        System.err.println("not available yet");
        return 2;
    }
}
