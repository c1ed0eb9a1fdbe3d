package org.clockwise.core.mail;

import jakarta.mail.Message;
import jakarta.mail.Session;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * With no SMTP server: writes each email as an RFC 5322 {@code .eml} file (any mail program opens
 * it) into one folder, named so a listing sorts by time.
 */
final class EmlFileDelivery implements MailDelivery {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final MimeMails mails;

    EmlFileDelivery(Path folder, String from) {
        this.folder = folder.toAbsolutePath().normalize();
        Session session = Session.getInstance(new Properties());
        this.mails = new MimeMails(() -> session, from);
    }

    Path folder() {
        return folder;
    }

    @Override
    public String deliver(OutboxStore.Claimed mail) throws Exception {
        Message message = mails.compose(mail);
        message.saveChanges();
        Files.createDirectories(folder);
        String recipient = mail.to().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._-]", "_");
        Path file = folder.resolve(STAMP.format(mail.createdAt()) + "-" + mail.id() + "-" + recipient + ".eml");
        Path partial = folder.resolve("." + file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file.toString();
    }
}
