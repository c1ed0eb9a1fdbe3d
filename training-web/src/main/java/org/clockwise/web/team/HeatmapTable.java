package org.clockwise.web.team;

import org.clockwise.core.course.CatalogView;
import org.unbescape.html.HtmlEscape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Writes the skill heatmap as one HTML table. With 25 reps and 14 skills it has 350 cells, each
 * carrying a colour class, the number, the target and a screen-reader phrase; built here in one
 * pass instead of ~1,750 template expressions, it is the difference between the dashboard
 * rendering in a few milliseconds or in tens. Every text and attribute value is HTML-escaped, and
 * the page inserts the result through the one raw-HTML fragment ({@code course/_html}).
 */
final class HeatmapTable {

    private HeatmapTable() {
    }

    /**
     * @param heatmap the heatmap
     * @param scope   the query parameter that keeps sort links on the same team ("team=12"), or ""
     */
    static String html(Heatmap heatmap, String scope) {
        String keep = scope.isEmpty() ? "" : "&amp;" + esc(scope);
        StringBuilder out = new StringBuilder(512 + heatmap.rows().size() * heatmap.skills().size() * 150);
        out.append("<table class=\"table heatmap\">\n")
                .append("<caption class=\"visually-hidden\">Proficiency per rep and skill, in percent, with targets</caption>\n")
                .append("<thead><tr><th scope=\"col\" class=\"heat-rep\"");
        header(out, heatmap, "rep", keep, "Rep", "Rep");
        for (CatalogView.Entry skill : heatmap.skills()) {
            out.append("<th scope=\"col\" class=\"heat-skill\"");
            header(out, heatmap, "skill:" + skill.id(), keep, shortName(skill.name()), skill.name());
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Heatmap.Row row : heatmap.rows()) {
            out.append("<tr data-rep=\"").append(row.repId()).append("\"><th scope=\"row\" class=\"heat-rep\"><a href=\"/team/reps/")
                    .append(row.repId()).append(scope.isEmpty() ? "" : "?" + esc(scope)).append("\">").append(esc(row.name())).append("</a> <span class=\"hint\">")
                    .append(esc(row.team())).append("</span></th>");
            for (Heatmap.Cell cell : row.cells()) {
                out.append("<td class=\"").append(cell.level()).append("\" data-skill=\"").append(esc(cell.skillId()))
                        .append("\" title=\"target ").append(cell.target()).append("%\"><span>").append(cell.percent())
                        .append("%</span><span class=\"visually-hidden\"> of ").append(cell.target())
                        .append("% target</span></td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    /**
     * The rest of a sortable header cell: {@code aria-sort}, a link that sorts by this column and
     * lands on the table ({@code #heatmap}), the other way round when it is already sorted by it,
     * and an arrow on the sorted column. A shortened name keeps the full one for screen readers and as a tooltip.
     */
    private static void header(StringBuilder out, Heatmap heatmap, String key, String keep, String shown, String full) {
        boolean sorted = key.equals(heatmap.sort());
        out.append(" aria-sort=\"").append(sorted ? (heatmap.descending() ? "descending" : "ascending") : "none")
                .append("\"><a href=\"/team?sort=").append(esc(URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%3A", ":")))
                .append(sorted && !heatmap.descending() ? "&amp;dir=desc" : "").append(keep).append("#heatmap\" title=\"")
                .append(esc(full)).append("\">");
        if (shown.equals(full)) {
            out.append(esc(full));
        } else {
            out.append("<span aria-hidden=\"true\">").append(esc(shown)).append("</span><span class=\"visually-hidden\">")
                    .append(esc(full)).append("</span>");
        }
        if (sorted) {
            out.append("<span class=\"sort-arrow\" aria-hidden=\"true\">").append(heatmap.descending() ? " ▼" : " ▲").append("</span>");
        }
        out.append("</a></th>");
    }

    /** A skill name without its parenthesis ("Negotiation (price and value)" shows as "Negotiation"). */
    static String shortName(String name) {
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren) : name;
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlEscape.escapeHtml5Xml(text);
    }
}
