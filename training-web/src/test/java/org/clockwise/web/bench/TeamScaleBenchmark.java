package org.clockwise.web.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import org.clockwise.core.signin.PasswordHasher;
import org.clockwise.core.summary.ActivityRollupStore;
import org.clockwise.core.testing.CoreContext;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated organisation of 10,000 reps in 400 teams with 1,000,000 attempts: one manager's
 * team dashboard (25 reps) next to the trivial /health endpoint in the same run, then an admin's
 * org-wide overview of the 400 teams. Loopback only,
 * bounded, prints figures and asserts nothing. Run: see README "Benchmarks".
 */
public final class TeamScaleBenchmark {

    public static void main(String[] args) throws Exception {
        int reps = 10_000;
        int teams = 400;
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Map<String, Object> props = new HashMap<>(CoreContext.testProperties());
        props.put("micronaut.server.port", -1);
        props.put("clockwise.library.publish-on-start", true);
        props.remove("clockwise.library.path");
        props.put("clockwise.data-dir", Files.createTempDirectory("clockwise-scale").toString());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            ApplicationContext ctx = server.getApplicationContext();
            long started = System.nanoTime();
            generate(ctx, reps, teams, attempts);
            System.out.printf("generated %d reps in %d teams with %d attempts in %d s%n", reps, teams, attempts,
                    (System.nanoTime() - started) / 1_000_000_000);
            String base = server.getURL().toString();
            HttpClient manager = TodayLoadBenchmark.signIn(base, "manager-1@scale.test", "bench-password-1");
            HttpClient anonymous = HttpClient.newHttpClient();
            TodayLoadBenchmark.run("warm-up /health", base + "/health", List.of(anonymous), 2000);
            TodayLoadBenchmark.run("warm-up /team", base + "/team", List.of(manager), 100);
            TodayLoadBenchmark.Result health = TodayLoadBenchmark.run("/health", base + "/health", List.of(anonymous), 10_000);
            TodayLoadBenchmark.Result team = TodayLoadBenchmark.run("/team", base + "/team", List.of(manager), 1_000);
            System.out.printf("Team dashboard (25 reps) throughput = %.1f%% of the trivial endpoint's%n",
                    100.0 * team.perSecond() / health.perSecond());
            HttpClient admin = TodayLoadBenchmark.signIn(base, "admin@scale.test", "bench-password-1");
            TodayLoadBenchmark.run("warm-up /team/teams", base + "/team/teams", List.of(admin), 20, 1);
            TodayLoadBenchmark.Result org = TodayLoadBenchmark.run("/team/teams", base + "/team/teams", List.of(admin), 200, 1);
            TodayLoadBenchmark.Result orgBusy = TodayLoadBenchmark.run("/team/teams", base + "/team/teams", List.of(admin), 200, 4);
            System.out.printf("Org-wide overview (400 teams, 10,000 reps): p95 %.0f ms one admin at a time, %.0f ms with 4 at once%n",
                    org.p95(), orgBusy.p95());
        }
        System.exit(0);
    }

    @SuppressWarnings("unchecked")
    static void generate(ApplicationContext ctx, int reps, int teams, int attempts) {
        JdbcOperations jdbc = ctx.getBean(JdbcOperations.class);
        TransactionOperations<Connection> tx = ctx.getBean(Argument.of(TransactionOperations.class, Connection.class));
        String hash = ctx.getBean(PasswordHasher.class).hash("bench-password-1");
        String[] statements = {
                "INSERT INTO organisations (name) VALUES ('Scale Org')",
                "INSERT INTO users (org_id, email, display_name, password_hash, hire_date, time_zone) "
                        + "SELECT (SELECT max(id) FROM organisations), 'rep-' || g || '@scale.test', 'Rep ' || g, '" + hash + "', "
                        + "current_date - (g % 1000), (ARRAY['UTC','Europe/Berlin','America/New_York','Asia/Tokyo'])[1 + g % 4] "
                        + "FROM generate_series(1, " + reps + ") g",
                "INSERT INTO users (org_id, email, display_name, password_hash, hire_date) "
                        + "SELECT (SELECT max(id) FROM organisations), 'manager-' || g || '@scale.test', 'Manager ' || g, '" + hash + "', "
                        + "current_date - 2000 FROM generate_series(1, " + teams + ") g",
                "INSERT INTO user_roles (user_id, role) SELECT id, 'REP' FROM users WHERE email LIKE 'rep-%@scale.test'",
                "INSERT INTO user_roles (user_id, role) SELECT id, 'MANAGER' FROM users WHERE email LIKE 'manager-%@scale.test'",
                "INSERT INTO users (org_id, email, display_name, password_hash, hire_date) "
                        + "SELECT (SELECT max(id) FROM organisations), 'admin@scale.test', 'Scale Admin', '" + hash + "', current_date - 2000",
                "INSERT INTO user_roles (user_id, role) SELECT id, 'ADMIN' FROM users WHERE email = 'admin@scale.test'",
                "INSERT INTO teams (org_id, name) SELECT (SELECT max(id) FROM organisations), 'Scale team ' || g FROM generate_series(1, " + teams + ") g",
                "INSERT INTO team_managers (team_id, manager_id) SELECT t.id, u.id FROM teams t JOIN users u "
                        + "ON u.email = 'manager-' || substring(t.name FROM 12) || '@scale.test' WHERE t.name LIKE 'Scale team %'",
                "INSERT INTO team_members (user_id, team_id) SELECT u.id, t.id FROM users u JOIN teams t "
                        + "ON t.name = 'Scale team ' || (1 + (substring(u.email FROM 5 FOR position('@' IN u.email) - 5)::int - 1) / 25) "
                        + "WHERE u.email LIKE 'rep-%@scale.test'",
                "CREATE TEMP TABLE bench_reps AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM users WHERE email LIKE 'rep-%@scale.test'",
                "CREATE TEMP TABLE bench_courses AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM courses",
                "INSERT INTO attempts (id, user_id, course_id, version, served_at, submitted_at, correct_count, total_count, duration_ms) "
                        + "SELECT gen_random_uuid(), r.id, c.id, 1, ts, ts + interval '150 seconds', (g % 5), 4, 150000 FROM ("
                        + "  SELECT g, 1 + (g::bigint * 7919) % " + reps + " AS rn, 1 + (g::bigint * 104729) % (SELECT count(*) FROM bench_courses) AS cn, "
                        + "  now() - (g % 365) * interval '1 day' - (g % 600) * interval '1 minute' AS ts FROM generate_series(1, " + attempts + ") g"
                        + ") x JOIN bench_reps r ON r.n = x.rn JOIN bench_courses c ON c.n = x.cn",
                "INSERT INTO completions (user_id, course_id, version, attempt_id, completed_at) SELECT DISTINCT ON (user_id, course_id) "
                        + "user_id, course_id, version, id, submitted_at FROM attempts ORDER BY user_id, course_id, submitted_at",
                "INSERT INTO skill_snapshots (user_id, skill_id, week_start, proficiency, target, updated_at) "
                        + "SELECT r.id, s.id, date_trunc('week', now())::date - w * 7, ((r.n * 31 + w * 7) % 90) / 100.0, 0.7, now() "
                        + "FROM bench_reps r CROSS JOIN (SELECT id FROM catalog_entries WHERE kind = 'SKILL') s CROSS JOIN generate_series(0, 11) w",
                // what SkillSnapshotStore.refresh keeps per rep, from the latest snapshot of each skill
                "INSERT INTO rep_skill_status (user_id, week_start, skills, at_target, proficiency_sum, target_sum, updated_at) "
                        + "SELECT user_id, max(week_start), count(*), count(*) FILTER (WHERE proficiency >= target), sum(proficiency), "
                        + "sum(target), max(updated_at) FROM (SELECT DISTINCT ON (user_id, skill_id) user_id, week_start, proficiency, "
                        + "target, updated_at FROM skill_snapshots ORDER BY user_id, skill_id, week_start DESC) latest GROUP BY user_id",
                "ANALYZE"};
        for (String sql : statements) {
            tx.executeWrite(status -> jdbc.prepareStatement(sql, ps -> ps.executeUpdate()));
        }
        tx.executeWrite(status -> ctx.getBean(ActivityRollupStore.class).repair(LocalDate.now().minusDays(400)));
    }
}
