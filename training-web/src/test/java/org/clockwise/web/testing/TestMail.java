package org.clockwise.web.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the whole test JVM; the test server
 * sends every email to it.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-shutdown"));
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** Every message received so far for this address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return GreenMailUtil.getAddressList(m.getAllRecipients()).equalsIgnoreCase(address);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits (up to 15 s) until {@code count} messages for this address arrived; returns the last. */
    public static MimeMessage await(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mine = to(address);
            if (mine.size() >= count) {
                return mine.get(count - 1);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no mail #" + count + " for " + address + " within 15 s; got " + to(address).size());
    }

    /** The plain-text part. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The HTML part. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType(type)) {
                    return parts.getBodyPart(i).getContent().toString();
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link to this server's {@code /invite/} or {@code /reset/} pages in the text, as a path. */
    public static String linkPath(MimeMessage message) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(/(?:invite|reset)/[A-Za-z0-9_-]+)").matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("no link in " + text(message));
        }
        return m.group(1);
    }
}
