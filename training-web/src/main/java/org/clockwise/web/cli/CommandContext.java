package org.clockwise.web.cli;

import io.micronaut.context.ApplicationContext;
import org.clockwise.core.db.DatabaseBootstrap;
import org.clockwise.core.db.DatabaseUnavailableException;
import org.clockwise.core.mail.MailSender;
import org.clockwise.web.Application;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a command of the server's jar ({@code roster import}, {@code admin create}) against the same
 * database the server would use: the embedded default or {@code DATASOURCES_DEFAULT_URL}. No HTTP
 * server starts, no demo data loads and no library is published; while a running server owns the
 * embedded data folder, the command refuses in one line.
 */
public final class CommandContext {

    private CommandContext() {
    }

    /**
     * Starts the application context, runs {@code command} with it and stops everything again.
     *
     * @return the command's exit code, or 1 when the database cannot be opened (the reason printed)
     */
    public static int run(Function<ApplicationContext, Integer> command) {
        DatabaseBootstrap.Database db;
        try {
            db = DatabaseBootstrap.resolve(Application::setting);
        } catch (DatabaseUnavailableException e) {
            System.err.println(e.getMessage().contains("in use by another running instance")
                    ? "A running Clockwise server owns " + Application.setting("TRAINING_DATA_DIR")
                    + "'s database: use the browser (People, Import a roster) while it runs, or stop it first."
                    : e.getMessage());
            return 1;
        }
        Map<String, Object> props = new HashMap<>(Application.settings(db, new String[0]));
        props.put("clockwise.demo.enabled", false);
        props.put("clockwise.library.publish-on-start", false);
        props.put("micronaut.server.port", -1);
        props.put("clockwise.mail.scheduled", false); // the command delivers what it queued before it exits
        try (ApplicationContext context = ApplicationContext.builder().mainClass(Application.class).properties(props).start()) {
            int exit = command.apply(context);
            context.getBean(MailSender.class).sendDue();
            return exit;
        } finally {
            if (db.isEmbedded()) {
                db.embedded().close();
            }
        }
    }
}
