package org.clockwise.web.team;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clockwise.core.team.Dashboard;
import org.clockwise.core.team.OrgOverviewQueries;
import org.clockwise.core.team.metrics.Overview;
import org.clockwise.web.chart.SvgCharts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Every table of the team dashboard as plain rows, and those rows as CSV or JSON objects for the downloads. */
final class TeamTables {

    /**
     * @param header the JSON keys, stable for tools that read them
     * @param labels the CSV header, for people: one readable label per key
     */
    record Table(String name, List<String> header, List<String> labels, List<List<Object>> rows) {

        /** Labels from {@link #LABELS}, the key itself for one not listed. */
        Table(String name, List<String> header, List<List<Object>> rows) {
            this(name, header, header.stream().map(k -> LABELS.getOrDefault(k, k)).toList(), rows);
        }
    }

    /** The CSV header of each JSON key that is not named after a skill or phase. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("team_id", "Team id"), Map.entry("team", "Team"), Map.entry("managers", "Managers"),
            Map.entry("reps", "Reps"), Map.entry("active_this_week", "Active this week"),
            Map.entry("plans_completed_today", "Plans completed today"), Map.entry("plans_completed_7d", "Plans completed, 7 days"),
            Map.entry("plans_completed_28d", "Plans completed, 28 days"),
            Map.entry("median_minutes_per_rep_per_week", "Median minutes per rep per week"),
            Map.entry("minutes_per_rep_7d", "Minutes per rep, 7 days"), Map.entry("skills_at_target_percent", "Skills at target (%)"),
            Map.entry("proficiency_percent", "Proficiency (%)"), Map.entry("target_percent", "Target (%)"),
            Map.entry("quiet", "Gone quiet (reps)"), Map.entry("streak_days", "Streak (days in a row)"),
            Map.entry("rep_id", "Rep id"), Map.entry("rep", "Rep"), Map.entry("last_active", "Last active"),
            Map.entry("days_quiet", "Days quiet"), Map.entry("skill", "Skill"), Map.entry("percent", "Proficiency (%)"),
            Map.entry("target", "Target (%)"), Map.entry("next_lesson", "Next lesson"), Map.entry("reason", "Why"),
            Map.entry("next_after_today", "Today's lesson done"), Map.entry("aim", "Lesson aims at the gap"),
            Map.entry("module_id", "Module id"), Map.entry("module", "Module"), Map.entry("due", "Due"),
            Map.entry("completed_at", "Completed at"), Map.entry("persona", "Persona"),
            Map.entry("after_3_days_percent", "Within 3 days (%)"), Map.entry("after_7_days_percent", "Within 7 days (%)"),
            Map.entry("after_14_days_percent", "Within 14 days (%)"), Map.entry("days_since_published", "Days since first published"),
            Map.entry("week_start", "Week starting"), Map.entry("active_share", "Active (share of reps)"),
            Map.entry("retained_share", "Kept going (share of last week's active reps)"));

    private TeamTables() {
    }

    /** The overview of teams, one row per team and a last row for all of them. */
    static Table teams(OrgOverviewQueries.Overview org) {
        List<List<Object>> rows = new ArrayList<>();
        for (OrgOverviewQueries.TeamRow t : org.teams()) {
            rows.add(teamRow(t.teamId(), t));
        }
        rows.add(teamRow("all", org.total()));
        List<String> keys = List.of("team_id", "team", "managers", "reps", "active_this_week", "plans_completed_7d",
                "minutes_per_rep_7d", "skills_at_target_percent", "proficiency_percent", "target_percent", "quiet");
        // A row counts the team's own reps, not those of the teams below it (the dashboard counts those too).
        List<String> labels = keys.stream().map(k -> k.equals("reps") ? "Reps (this team only)" : LABELS.get(k)).toList();
        return new Table("teams", keys, labels, rows);
    }

    private static List<Object> teamRow(Object id, OrgOverviewQueries.TeamRow t) {
        return List.of(id, t.name(), t.managers(), t.reps(), t.activeThisWeek(), t.plansCompleted7d(),
                Math.round(t.minutesPerRep7d() * 10) / 10.0, t.atTargetPercent(), t.proficiencyPercent(), t.targetPercent(), t.quiet());
    }

    /** Every table of the dashboard by name, the heatmap in rep order; {@code why} words each coaching row's reason. */
    static Map<String, Table> of(Dashboard view, Function<Dashboard.Coaching, String> why) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Heatmap heatmap = Heatmap.of(view.reps(), view.skillTrends(), view.skills(), null);
        Overview o = view.overview();
        add(tables, "overview", List.of("reps", "active_this_week", "plans_completed_today", "plans_completed_7d",
                "plans_completed_28d", "median_minutes_per_rep_per_week"),
                List.of(List.of(o.reps(), o.activeThisWeek(), o.plansCompletedToday(), o.plansCompleted7d(), o.plansCompleted28d(),
                        o.medianMinutesPerRepPerWeek())));
        add(tables, "streaks", List.of("streak_days", "reps"),
                o.streakDistribution().entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList());
        add(tables, "quiet", List.of("rep_id", "rep", "last_active", "days_quiet"),
                o.quiet().stream().map(q -> List.<Object>of(q.repId(), q.name(), q.lastActive() == null ? "" : q.lastActive(), q.daysQuiet())).toList());
        List<String> heatmapLabels = new ArrayList<>(List.of("Rep id", "Rep", "Team"));
        heatmap.skills().forEach(sk -> {
            heatmapLabels.add(sk.name() + " (%)");
            heatmapLabels.add(sk.name() + ", target (%)");
        });
        tables.put("heatmap", new Table("heatmap", heatmapHeader(heatmap), heatmapLabels, heatmap.rows().stream().map(r -> {
            List<Object> row = new ArrayList<>(List.of(r.repId(), r.name(), r.team()));
            r.cells().forEach(c -> {
                row.add(c.percent());
                row.add(c.target());
            });
            return row;
        }).toList()));
        // next_after_today: today's lesson is done and next_lesson is the one after it; aim: gap, also, elsewhere or none.
        add(tables, "coaching", List.of("rep_id", "rep", "skill", "percent", "target", "next_lesson", "reason", "next_after_today", "aim"),
                view.coaching().stream().map(c -> List.<Object>of(c.repId(), c.name(), c.skill(), c.percent(), c.target(), c.nextTitle(),
                        why.apply(c), c.tomorrow(), c.aim().name().toLowerCase(Locale.ROOT))).toList());
        add(tables, "assignments", List.of("rep_id", "rep", "module_id", "module", "due", "completed_at"),
                view.assignments().stream().map(a -> List.<Object>of(a.repId(), a.repName(), a.moduleId(), a.title(), a.due(),
                        a.completedAt() == null ? "" : a.completedAt())).toList());
        if (view.progression() != null) {
            List<List<String>> rows = SvgCharts.tableRows(DashboardCharts.progressionChart(view.progression()));
            add(tables, "progression", rows.get(0), rows.subList(1, rows.size()).stream().map(r -> List.<Object>copyOf(r)).toList());
        }
        List<String> coverageHeader = new ArrayList<>(List.of("persona"));
        List<String> coverageLabels = new ArrayList<>(List.of("Persona"));
        view.coverage().phases().forEach(p -> {
            coverageHeader.add(p.id() + "_percent");
            coverageLabels.add(p.name() + " (%)");
        });
        tables.put("coverage", new Table("coverage", coverageHeader, coverageLabels, view.coverage().rows().stream().map(r -> {
            List<Object> row = new ArrayList<>(List.of(r.persona()));
            row.addAll(r.percents());
            return row;
        }).toList()));
        // A window not over yet holds the share so far; days_since_published says which windows are (3, 7, 14).
        add(tables, "reach", List.of("module", "after_3_days_percent", "after_7_days_percent", "after_14_days_percent",
                        "days_since_published"),
                view.culture().reach().stream().map(r -> List.<Object>of(r.title(), r.after3(), r.after7(), r.after14(), r.ageDays()))
                        .toList());
        add(tables, "consistency", List.of("week_start", "active_share", "retained_share"),
                view.culture().weeks().stream().map(w -> List.<Object>of(w.weekStart(), w.activeShare(), w.retained())).toList());
        return tables;
    }

    private static List<String> heatmapHeader(Heatmap heatmap) {
        List<String> header = new ArrayList<>(List.of("rep_id", "rep", "team"));
        heatmap.skills().forEach(s -> {
            header.add(s.id() + "_percent");
            header.add(s.id() + "_target");
        });
        return header;
    }

    private static void add(Map<String, Table> tables, String name, List<String> header, List<List<Object>> rows) {
        tables.put(name, new Table(name, header, rows));
    }

    /** The table as CSV: RFC 4180, a header row of readable labels, every text cell made safe for spreadsheets ({@link #safeCell}). */
    static String csv(Table table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(table.labels().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(TeamTables::safeCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A spreadsheet runs a cell that starts with =, +, -, @ (or a tab or carriage return) as a formula;
     * names come from users, so such text gets a leading apostrophe. Numbers are written as they are.
     */
    static Object safeCell(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /** The table's rows as objects keyed by the header; numbers and texts as they are, anything else as text. */
    static List<Map<String, Object>> objects(Table table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                Object value = row.get(i);
                object.put(table.header().get(i), value instanceof Number || value instanceof String ? value : String.valueOf(value));
            }
            rows.add(object);
        }
        return rows;
    }
}
