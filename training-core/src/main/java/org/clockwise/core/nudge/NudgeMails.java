package org.clockwise.core.nudge;

import org.clockwise.core.mail.Html;
import org.clockwise.core.mail.Mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of the nudge and the digest, plain text and HTML. Emails are in English for now (the
 * pages follow the person's language; the plan's reasons arrive already worded). Every value that
 * comes from people (names, titles, reasons, the organisation) is HTML-escaped here.
 */
final class NudgeMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private NudgeMails() {
    }

    /** What a nudge says: today's lesson (or none), the reviews in the plan and the streak. */
    record Nudge(String name, String orgName, String lessonTitle, int lessonMinutes, String lessonReason,
                 int reviews, int streak, String todayLink, String unsubscribeLink) {
    }

    /** One line of the digest's lists, already worded. */
    record Digest(String name, String orgName, LocalDate monday, int reps, int activeReps, int plansCompleted, int minutes,
                  List<String> quiet, List<String> coaching, List<String> assignments, String teamLink, String unsubscribeLink) {
    }

    static Mail nudge(NudgeQueries.Due due, Nudge n) {
        String subject = n.lessonTitle() != null
                ? "Today: " + n.lessonTitle() + " (" + minutes(n.lessonMinutes()) + ")"
                : "Today: " + n.reviews() + (n.reviews() == 1 ? " review" : " reviews");
        List<String> lines = new ArrayList<>();
        if (n.lessonTitle() != null) {
            lines.add("Today's lesson: " + n.lessonTitle() + " (" + minutes(n.lessonMinutes()) + ")");
            lines.add("Why: " + n.lessonReason());
        }
        lines.add("Reviews in today's plan: " + n.reviews());
        lines.add("Streak: " + days(n.streak()));
        String text = "Hi " + n.name() + ",\n\n" + String.join("\n", lines) + "\n\nOpen Today: " + n.todayLink()
                + "\n\n-- \n" + n.orgName() + " on Clockwise. Stop these emails: " + n.unsubscribeLink() + "\n";
        StringBuilder html = new StringBuilder(page(n.orgName()));
        html.append("<p>Hi ").append(Html.escape(n.name())).append(",</p>\n");
        if (n.lessonTitle() != null) {
            html.append("<p><strong>").append(Html.escape(n.lessonTitle())).append("</strong> (").append(minutes(n.lessonMinutes()))
                    .append(")<br>").append(Html.escape(n.lessonReason())).append("</p>\n");
        }
        html.append("<p>Reviews in today's plan: ").append(n.reviews()).append("<br>Streak: ").append(days(n.streak())).append("</p>\n");
        html.append("<p><a href=\"").append(Html.escape(n.todayLink())).append("\">Open Today</a></p>\n");
        html.append(footer(n.orgName(), n.unsubscribeLink()));
        return new Mail(due.orgId(), due.email(), subject, text, html.toString(), unsubscribeHeaders(n.unsubscribeLink()),
                NudgePolicy.nudgeKey(due.userId(), due.day()));
    }

    static Mail digest(NudgeQueries.Due due, Digest d) {
        String subject = "Your team's week: " + d.activeReps() + " of " + d.reps() + " reps active";
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("Reps gone quiet", d.quiet());
        sections.put("Coach first", d.coaching());
        sections.put("Assignments due this week", d.assignments());
        StringBuilder text = new StringBuilder("Hi " + d.name() + ",\n\nLast week (from " + DAY.format(d.monday().minusDays(7)) + "):\n"
                + "- Active reps: " + d.activeReps() + " of " + d.reps() + "\n"
                + "- Plans completed: " + d.plansCompleted() + "\n"
                + "- Minutes learned: " + d.minutes() + "\n");
        StringBuilder html = new StringBuilder(page(d.orgName()));
        html.append("<p>Hi ").append(Html.escape(d.name())).append(",</p>\n<h2>Last week</h2>\n<ul>")
                .append("<li>Active reps: ").append(d.activeReps()).append(" of ").append(d.reps()).append("</li>")
                .append("<li>Plans completed: ").append(d.plansCompleted()).append("</li>")
                .append("<li>Minutes learned: ").append(d.minutes()).append("</li></ul>\n");
        sections.forEach((title, items) -> {
            text.append("\n").append(title).append(":\n");
            html.append("<h2>").append(title).append("</h2>\n");
            if (items.isEmpty()) {
                text.append("- none\n");
                html.append("<p>None.</p>\n");
                return;
            }
            html.append("<ul>");
            for (String item : items) {
                text.append("- ").append(item).append("\n");
                html.append("<li>").append(Html.escape(item)).append("</li>");
            }
            html.append("</ul>\n");
        });
        text.append("\nYour team: ").append(d.teamLink()).append("\n\n-- \n").append(d.orgName())
                .append(" on Clockwise. Stop these emails: ").append(d.unsubscribeLink()).append("\n");
        html.append("<p><a href=\"").append(Html.escape(d.teamLink())).append("\">Open your team</a></p>\n");
        html.append(footer(d.orgName(), d.unsubscribeLink()));
        return new Mail(due.orgId(), due.email(), subject, text.toString(), html.toString(),
                unsubscribeHeaders(d.unsubscribeLink()), NudgePolicy.digestKey(due.userId(), due.day()));
    }

    /** RFC 8058: mail clients may unsubscribe with one POST to the link, no page in between. */
    static Map<String, String> unsubscribeHeaders(String link) {
        return Map.of("List-Unsubscribe", "<" + link + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private static String page(String orgName) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(orgName)
                + "</title></head><body style=\"font-family:sans-serif;line-height:1.5;color:#1a1a1a\">\n";
    }

    private static String footer(String orgName, String unsubscribeLink) {
        return "<p style=\"color:#555;font-size:small\">" + Html.escape(orgName) + " on Clockwise. <a href=\"" + Html.escape(unsubscribeLink)
                + "\">Stop these emails</a></p>\n</body></html>\n";
    }

    private static String minutes(int m) {
        return m + (m == 1 ? " minute" : " minutes");
    }

    private static String days(int d) {
        return d + (d == 1 ? " day" : " days");
    }
}
