package org.clockwise.core.team;

import jakarta.inject.Singleton;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.team.metrics.RepInfo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A team's {@link Dashboard} as a manager sees it today, computed from the summaries and kept
 * while nothing it shows changes (see {@link TeamSettings#dashboardCacheSize()}).
 */
@Singleton
public class TeamDashboard {

    /** The longest a dashboard is served before it is recomputed for time alone (recall fading, reviews falling due). */
    static final long REFRESH_SECONDS = 900;

    /** How long after its last view a dashboard is still kept fresh by {@link #refresh}. */
    static final long RECENT_SECONDS = 600;

    private static final Pattern SKILL = Pattern.compile("[a-z0-9-]{1,64}");

    private final DashboardAssembler assembler;
    private final TeamStampQueries stamps;
    private final UserStore users;
    private final Clock clock;
    private final StampedCache<CacheKey, Dashboard> cache;
    private final int refreshSeconds;
    private final Map<Viewed, Recent> recent = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();

    TeamDashboard(DashboardAssembler assembler, TeamStampQueries stamps, UserStore users, Clock clock, TeamSettings settings) {
        this.assembler = assembler;
        this.stamps = stamps;
        this.users = users;
        this.clock = clock;
        this.cache = settings.dashboardCacheSize() == 0 ? null : new StampedCache<>(settings.dashboardCacheSize());
        this.refreshSeconds = settings.dashboardRefreshSeconds();
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
        ZoneId viewerZone = users.findById(viewerId).orElseThrow().zone();
        LocalDate today = LocalDate.now(clock.withZone(viewerZone));
        if (cache == null) {
            return assembler.assemble(reps, skill, today);
        }
        List<RepInfo> team = List.copyOf(reps);
        String known = skill != null && SKILL.matcher(skill).matches() ? skill : null;
        // Read before computing: a change that lands meanwhile moves the stamp, and the next request recomputes.
        String stamp = stamp(team, today);
        CacheKey key = key(team, known, today);
        if (refreshSeconds > 0) {
            // One entry a team and zone, for the skill last asked: flipping through skills keeps one dashboard fresh, not each.
            Recent state = recent.computeIfAbsent(new Viewed(team, viewerZone), v -> new Recent());
            state.skill = known;
            state.viewedAt = clock.instant();
        }
        return cache.get(key, stamp, () -> compute(key));
    }

    /**
     * Issue 13 (wt-team): dashboards viewed in the last {@link #RECENT_SECONDS} whose stamp has moved and then
     * stayed put for one call (their team's writes have settled) are computed now, off any request, so the
     * manager's next view finds them ready. A view never waits for this: it still checks the stamp and, when
     * the refresh has not run yet, computes for itself (or waits for the refresh already computing the same).
     * Called every {@link TeamSettings#dashboardRefreshSeconds()} by {@link DashboardRefreshJob}.
     *
     * @return how many dashboards were computed
     */
    int refresh() {
        if (cache == null) {
            return 0;
        }
        Instant now = clock.instant();
        int computed = 0;
        for (Iterator<Map.Entry<Viewed, Recent>> it = recent.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Viewed, Recent> e = it.next();
            Viewed viewed = e.getKey();
            Recent state = e.getValue();
            if (state.viewedAt == null || state.viewedAt.isBefore(now.minusSeconds(RECENT_SECONDS))) {
                it.remove(); // nobody has looked for a while: not worth keeping fresh
                continue;
            }
            LocalDate today = LocalDate.now(clock.withZone(viewed.zone()));
            String stamp = stamp(viewed.team(), today);
            CacheKey key = key(viewed.team(), state.skill, today);
            if (cache.holds(key, stamp)) {
                state.pending = null;
            } else if (stamp.equals(state.pending)) {
                cache.get(key, stamp, () -> compute(key));
                state.pending = null;
                computed++;
            } else {
                state.pending = stamp; // still moving, or just moved: look again next time
            }
        }
        return computed;
    }

    /** How many dashboards this instance assembled, for tests. */
    long computed() {
        return computed.get();
    }

    private Dashboard compute(CacheKey key) {
        computed.incrementAndGet();
        return assembler.assemble(key.reps(), key.skill(), key.today());
    }

    private String stamp(List<RepInfo> team, LocalDate today) {
        return stamps.of(team.stream().map(RepInfo::id).toList(), today.minusDays(7L * Dashboard.WEEKS), today);
    }

    /*
     * Requests that differ only in a nonsense skill share an entry. Issue 13 (wt-team): the key held the quarter
     * hour of the clock, so every dashboard missed in the same second four times an hour (a miss storm). The day
     * each of the team's zones is in keeps the coaching column exact at every rep's local midnight (its plan day
     * turns then), and what else moves with time alone (a review falling due, recall fading, days since a
     * publication) is recomputed at most REFRESH_SECONDS later, at a moment of each team's own.
     */
    private CacheKey key(List<RepInfo> team, String skill, LocalDate today) {
        Instant now = clock.instant();
        return new CacheKey(team, skill, today, repDays(team, now), period(team, now));
    }

    /** The date in each zone the team's reps are in, in order of first appearance. */
    static List<LocalDate> repDays(List<RepInfo> team, Instant now) {
        List<LocalDate> days = new ArrayList<>(2);
        List<ZoneId> seen = new ArrayList<>(2);
        for (RepInfo rep : team) {
            if (!seen.contains(rep.zone())) {
                seen.add(rep.zone());
                days.add(LocalDate.ofInstant(now, rep.zone()));
            }
        }
        return days;
    }

    /**
     * The team's refresh period at {@code now}: periods of {@link #REFRESH_SECONDS} shifted by an offset drawn
     * from the team's rep ids, so different teams' dashboards expire at different moments, not all at once.
     */
    static long period(List<RepInfo> team, Instant now) {
        long h = 1;
        for (RepInfo rep : team) {
            h = h * 31 + rep.id();
        }
        long offset = Math.floorMod((h * 0x9E3779B97F4A7C15L) >>> 17, REFRESH_SECONDS);
        return Math.floorDiv(now.getEpochSecond() + offset, REFRESH_SECONDS);
    }

    private record CacheKey(List<RepInfo> reps, String skill, LocalDate today, List<LocalDate> repDays, long period) {
    }

    /** A dashboard as viewers asked for it: the team and the zone that decides the viewer's day. */
    private record Viewed(List<RepInfo> team, ZoneId zone) {
    }

    /**
     * When it was last viewed, for which skill (null: the catalog's first), and the stamp the last
     * {@link #refresh} found when it was not cached under it.
     */
    private static final class Recent {
        volatile Instant viewedAt;
        volatile String skill;
        volatile String pending;
    }
}
