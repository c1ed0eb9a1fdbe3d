package org.clockwise.core.team;

import jakarta.inject.Singleton;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.team.metrics.RepInfo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A team's {@link Dashboard} as a manager sees it today, computed from the summaries and kept
 * while nothing it shows changes (see {@link TeamSettings#dashboardCacheSize()}).
 */
@Singleton
public class TeamDashboard {

    private static final Pattern SKILL = Pattern.compile("[a-z0-9-]{1,64}");

    private final DashboardAssembler assembler;
    private final TeamStampQueries stamps;
    private final UserStore users;
    private final Clock clock;
    private final StampedCache<CacheKey, Dashboard> cache;

    TeamDashboard(DashboardAssembler assembler, TeamStampQueries stamps, UserStore users, Clock clock, TeamSettings settings) {
        this.assembler = assembler;
        this.stamps = stamps;
        this.users = users;
        this.clock = clock;
        this.cache = settings.dashboardCacheSize() == 0 ? null : new StampedCache<>(settings.dashboardCacheSize());
    }

    /**
     * The dashboard of these reps as the viewer sees it today. A dashboard computed earlier for the
     * same reps, skill and day is served again while the {@link TeamStampQueries} stamp of its inputs
     * is unchanged; any answer, review, plan, assignment or publication moves the stamp, so a cached
     * dashboard is never stale, it just is not recomputed when nothing changed.
     *
     * @param viewerId the manager or admin looking: their zone decides which day "today" is
     * @param reps     the reps the viewer may see, as the page lists them
     * @param skill    the skill whose progression to show, or {@code null} for the catalog's first
     */
    public Dashboard view(long viewerId, List<RepInfo> reps, String skill) {
        LocalDate today = LocalDate.now(clock.withZone(users.findById(viewerId).orElseThrow().zone()));
        if (cache == null) {
            return assembler.assemble(reps, skill, today);
        }
        List<RepInfo> team = List.copyOf(reps);
        // Read before computing: a change that lands meanwhile moves the stamp, and the next request recomputes.
        String stamp = stamps.of(team.stream().map(RepInfo::id).toList(), today.minusDays(7L * Dashboard.WEEKS), today);
        // Requests that differ only in a nonsense skill share an entry; the quarter hour bounds how long the
        // coaching column may lag behind a rep's own local midnight (zones differ by quarter hours at most).
        CacheKey key = new CacheKey(team, skill != null && SKILL.matcher(skill).matches() ? skill : null, today,
                clock.instant().getEpochSecond() / 900);
        return cache.get(key, stamp, () -> assembler.assemble(team, key.skill(), today));
    }

    private record CacheKey(List<RepInfo> reps, String skill, LocalDate today, long quarterHour) {
    }
}
