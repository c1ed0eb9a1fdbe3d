package org.clockwise.web.cli;

import org.clockwise.core.account.AccountService;
import org.clockwise.core.mail.MailSender;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code admin create --org NAME --email EMAIL --name NAME}: the first admin of an empty database
 * (or of another organisation): creates the organisation and the admin, and sends (or writes to a
 * file) their invitation. Prints one line; exit 0 done, 1 refused, 2 bad usage.
 */
final class AdminCommand {

    static final String USAGE = "usage: java -jar training-web.jar admin create --org NAME --email EMAIL --name NAME";
    private static final Set<String> OPTIONS = Set.of("--org", "--email", "--name");

    private AdminCommand() {
    }

    static int run(String[] args) {
        Map<String, String> options = parse(args);
        if (options == null) {
            return 2;
        }
        return CommandContext.run(context -> {
            AccountService accounts = context.getBean(AccountService.class);
            AccountService.Invitation invitation;
            try {
                invitation = accounts.createFirstAdmin(options.get("--org"), options.get("--email"), options.get("--name"));
            } catch (AccountService.Refused e) {
                System.err.println("Not created: " + e.getMessage() + ".");
                return 1;
            }
            List<MailSender.Delivered> delivered = context.getBean(MailSender.class).sendDue();
            String org = options.get("--org").trim();
            String where = delivered.stream().filter(d -> d.to().equalsIgnoreCase(invitation.email())).findFirst()
                    .map(d -> d.where().startsWith("smtp://")
                            ? "invitation sent to " + invitation.email() + " through " + d.where()
                            : "invitation written to " + d.where() + " (" + invitation.link() + ")")
                    .orElse("invitation queued: the server sends it once the mail server answers");
            System.out.println("Created " + org + " with admin " + invitation.email() + "; " + where);
            return 0;
        });
    }

    /** The three options, each once and not blank; otherwise prints what is wrong and the usage, and returns null. */
    static Map<String, String> parse(String[] args) {
        if (args.length == 0 || !args[0].equals("create")) {
            System.err.println(args.length == 0 ? USAGE : "unknown admin command: " + args[0] + "\n" + USAGE);
            return null;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (!OPTIONS.contains(name) || i + 1 >= args.length || options.containsKey(name)) {
                System.err.println((OPTIONS.contains(name) ? (options.containsKey(name) ? name + " given twice" : name + " needs a value")
                        : "unknown option: " + name) + "\n" + USAGE);
                return null;
            }
            options.put(name, args[++i]);
        }
        for (String name : List.of("--org", "--email", "--name")) {
            if (options.get(name) == null || options.get(name).isBlank()) {
                System.err.println("missing " + name + "\n" + USAGE);
                return null;
            }
        }
        return options;
    }
}
