package org.clockwise.core.account;

import org.clockwise.core.mail.Html;
import org.clockwise.core.mail.Mail;

import java.util.Map;

/** The invitation and reset emails: plain text and the same in escaped HTML, with the organisation's name. */
final class AccountMails {

    private AccountMails() {
    }

    static Mail invitation(long orgId, String org, String to, String name, String link, String dedupeKey) {
        String subject = org + " invites you to Clockwise";
        String intro = org + " uses Clockwise: five-minute daily lessons and reviews that keep what the best sellers know fresh.";
        String action = "Set your password to get started:";
        String fine = "This link works once and expires in 7 days. If you did not expect this email, you can ignore it.";
        return mail(orgId, to, subject, name, intro, action, link, "Set your password", fine, org, dedupeKey);
    }

    static Mail reset(long orgId, String org, String to, String name, String link, String dedupeKey) {
        String subject = "Reset your Clockwise password";
        String intro = "Someone (we hope you) asked to reset the password of your Clockwise account at " + org + ".";
        String action = "Choose a new password:";
        String fine = "This link works once and expires in 1 hour; using it signs you out everywhere else."
                + " If you did not ask for it, ignore this email: your password stays as it is.";
        return mail(orgId, to, subject, name, intro, action, link, "Choose a new password", fine, org, dedupeKey);
    }

    private static Mail mail(long orgId, String to, String subject, String name, String intro, String action, String link,
                             String button, String fine, String org, String dedupeKey) {
        String text = "Hello " + name + ",\n\n" + intro + "\n\n" + action + "\n\n" + link + "\n\n" + fine
                + "\n\nClockwise for " + org + "\n";
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5">
                <p>Hello %s,</p>
                <p>%s</p>
                <p>%s</p>
                <p><a href="%s" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px">%s</a></p>
                <p style="font-size:14px">Or open this address: <a href="%s">%s</a></p>
                <p style="font-size:14px;color:#444">%s</p>
                <p style="font-size:14px;color:#444">Clockwise for %s</p>
                </body></html>
                """.formatted(Html.escape(subject), Html.escape(name), Html.escape(intro), Html.escape(action), Html.escape(link),
                Html.escape(button), Html.escape(link), Html.escape(link), Html.escape(fine), Html.escape(org));
        return new Mail(orgId, to, subject, text, html, Map.of(), dedupeKey);
    }
}
