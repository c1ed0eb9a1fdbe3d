package org.clockwise.core.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.clockwise.core.testing.MovableClock;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox against a real SMTP server (GreenMail) and real files. */
class OutboxDeliveryIT {

    private final MailOutbox outbox = CoreContext.bean(MailOutbox.class);
    private final OutboxStore store = CoreContext.bean(OutboxStore.class);
    private final JdbcOperations jdbc = CoreContext.bean(JdbcOperations.class);


    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static MailSettings smtp(int port) {
        return new MailSettings("127.0.0.1", port, null, null, "Clockwise <noreply@clockwise.test>");
    }

    private Mail aMail(String to) {
        return new Mail(null, to, "Hello <you> & co", "Plain text for " + to, "<p>Hello &lt;you&gt; &amp; co</p>",
                Map.of("List-Unsubscribe", "<https://example.test/u/1>", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), null);
    }

    private Map<String, Object> row(String to) {
        return Db.transactions().executeWrite(st -> jdbc.prepareStatement("SELECT attempts, next_attempt_at, sent_at, failed_at, last_error FROM mail_outbox WHERE recipient = ?", ps -> {
            ps.setString(1, to);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next(), "a row for " + to);
                java.util.HashMap<String, Object> r = new java.util.HashMap<>();
                r.put("attempts", rs.getInt(1));
                r.put("next", rs.getTimestamp(2).toInstant());
                r.put("sent", rs.getTimestamp(3));
                r.put("failed", rs.getTimestamp(4));
                r.put("error", rs.getString(5));
                return r;
            }
        }));
    }

    @Test
    void anEmailReachesTheSmtpServerAsPlainTextAndHtmlWithItsHeaders() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String to = "multipart-" + Fixtures.unique() + "@example.test";
            outbox.enqueue(aMail(to));
            MailSender sender = new MailSender(store, new SmtpDelivery(smtp(smtp.getSmtp().getPort())), Clock.systemUTC());

            List<MailSender.Delivered> delivered = sender.sendDue();

            assertTrue(delivered.stream().anyMatch(d -> d.to().equals(to)));
            MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> GreenMailUtil.getAddressList(sneakyRecipients(m)).contains(to)).findFirst().orElseThrow();
            assertEquals("Hello <you> & co", received.getSubject());
            assertEquals("noreply@clockwise.test", ((jakarta.mail.internet.InternetAddress) received.getFrom()[0]).getAddress());
            assertEquals("List-Unsubscribe=One-Click", received.getHeader("List-Unsubscribe-Post")[0]);
            assertTrue(received.getContentType().startsWith("multipart/"), received.getContentType());
            String whole = GreenMailUtil.getWholeMessage(received);
            assertTrue(whole.contains("text/plain"), whole);
            assertTrue(whole.contains("text/html"), whole);
            assertTrue(whole.contains("Hello &lt;you&gt; &amp; co"), "HTML stays escaped");
            assertNotNull(row(to).get("sent"));
            assertEquals(1, row(to).get("attempts"));
            assertTrue(sender.sendDue().stream().noneMatch(d -> d.to().equals(to)), "a sent mail is never sent again");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void whileTheServerIsDownItRetriesWithBackoffThenDeliversOnce() throws Exception {
        int port = freePort(); // nothing listens here yet
        MovableClock clock = new MovableClock();
        MailSender sender = new MailSender(store, new SmtpDelivery(smtp(port)), clock);
        String to = "retry-" + Fixtures.unique() + "@example.test";
        outbox.enqueue(new Mail(null, to, "Retry me", "text", "<p>html</p>", Map.of(), null));
        clock.catchUp();

        assertTrue(sender.sendDue().stream().noneMatch(d -> d.to().equals(to)));
        Map<String, Object> first = row(to);
        assertEquals(1, first.get("attempts"));
        assertNull(first.get("sent"));
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), first.get("next"));
        assertTrue(first.get("error").toString().toLowerCase().contains("connect"), first.get("error").toString());

        clock.move(Duration.ofSeconds(30));
        sender.sendDue();
        assertEquals(1, row(to).get("attempts"), "not due yet: no attempt before the backoff is over");

        clock.move(Duration.ofSeconds(31));
        sender.sendDue();
        Map<String, Object> second = row(to);
        assertEquals(2, second.get("attempts"));
        assertEquals(clock.instant().plus(Duration.ofMinutes(2)), second.get("next"), "the delay doubles");

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            clock.move(Duration.ofMinutes(2));
            assertTrue(sender.sendDue().stream().anyMatch(d -> d.to().equals(to)));
            assertEquals(1, Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> GreenMailUtil.getAddressList(sneakyRecipients(m)).contains(to)).count());
            Map<String, Object> done = row(to);
            assertEquals(3, done.get("attempts"));
            assertNotNull(done.get("sent"));
            assertNull(done.get("error"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void afterTheLastAttemptItGivesUpAndKeepsTheError() throws Exception {
        MovableClock clock = new MovableClock();
        MailSender sender = new MailSender(store, new SmtpDelivery(smtp(freePort())), clock, new MailRetryPolicy(Duration.ofSeconds(1), 2));
        String to = "giveup-" + Fixtures.unique() + "@example.test";
        outbox.enqueue(new Mail(null, to, "Never arrives", "text", "<p>html</p>", Map.of(), null));
        clock.catchUp();
        sender.sendDue();
        clock.move(Duration.ofSeconds(2));
        sender.sendDue();

        Map<String, Object> r = row(to);
        assertEquals(2, r.get("attempts"));
        assertNotNull(r.get("failed"));
        assertNotNull(r.get("error"));
        clock.move(Duration.ofHours(1));
        sender.sendDue();
        assertEquals(2, row(to).get("attempts"), "a given-up mail is not tried again");
    }

    @Test
    void twoSendersClaimingAtOnceNeverSendAMailTwice() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            String tag = "twice-" + Fixtures.unique();
            List<String> recipients = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String to = tag + "-" + i + "@example.test";
                recipients.add(to);
                outbox.enqueue(new Mail(null, to, "Once " + i, "text " + i, "<p>html " + i + "</p>", Map.of(), null));
            }
            MailSettings settings = smtp(smtp.getSmtp().getPort());
            MailSender one = new MailSender(store, new SmtpDelivery(settings), Clock.systemUTC());
            MailSender two = new MailSender(store, new SmtpDelivery(settings), Clock.systemUTC());
            CountDownLatch start = new CountDownLatch(1);
            Future<List<MailSender.Delivered>> a = pool.submit(() -> {
                start.await();
                return one.sendDue();
            });
            Future<List<MailSender.Delivered>> b = pool.submit(() -> {
                start.await();
                return two.sendDue();
            });
            start.countDown();
            List<MailSender.Delivered> all = new ArrayList<>(a.get());
            all.addAll(b.get());

            List<String> ours = all.stream().map(MailSender.Delivered::to).filter(t -> t.startsWith(tag)).toList();
            assertEquals(40, ours.size());
            assertEquals(40, ours.stream().distinct().count());
            for (String to : recipients) {
                assertEquals(1, Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> GreenMailUtil.getAddressList(sneakyRecipients(m)).equals(to)).count(), to);
            }
        } finally {
            pool.shutdownNow();
            smtp.stop();
        }
    }

    @Test
    void withoutSmtpEachMailBecomesAnEmlFile(@TempDir Path folder) throws Exception {
        String to = "file-" + Fixtures.unique() + "@example.test";
        outbox.enqueue(aMail(to));
        MailSender sender = new MailSender(store, new EmlFileDelivery(folder, "Clockwise <noreply@clockwise.test>"), Clock.systemUTC());

        MailSender.Delivered mine = sender.sendDue().stream().filter(d -> d.to().equals(to)).findFirst().orElseThrow();

        Path file = Path.of(mine.where());
        assertEquals(folder.toAbsolutePath().normalize(), file.getParent());
        assertTrue(file.getFileName().toString().endsWith(".eml"));
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
        MimeMessage parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = new MimeMessage(jakarta.mail.Session.getInstance(new Properties()), in);
        }
        assertEquals(to, parsed.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("Hello <you> & co", parsed.getSubject());
        assertNotNull(parsed.getHeader("Date"));
        assertNotNull(parsed.getHeader("Message-ID"));
        assertEquals("<https://example.test/u/1>", parsed.getHeader("List-Unsubscribe")[0]);
        Multipart parts = (Multipart) parsed.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertNotNull(row(to).get("sent"));
    }

    private static jakarta.mail.Address[] sneakyRecipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
