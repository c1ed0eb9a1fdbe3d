package org.clockwise.core.team;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Issue 13 (wt-team): keeps the dashboards managers are looking at computed ahead of their next view
 * ({@link TeamDashboard#refresh}), every {@link TeamSettings#dashboardRefreshSeconds()}. Per instance: it only
 * fills this instance's cache, and a view on any instance still checks the stamp itself.
 */
@Singleton
class DashboardRefreshJob {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardRefreshJob.class);

    private final TeamDashboard dashboards;
    private final Clock clock;
    private final long everyMillis;
    private volatile long lastRun;

    DashboardRefreshJob(TeamDashboard dashboards, Clock clock, TeamSettings settings) {
        this.dashboards = dashboards;
        this.clock = clock;
        this.everyMillis = settings.dashboardRefreshSeconds() * 1000L;
    }

    @Scheduled(fixedDelay = "1s", initialDelay = "5s")
    void run() {
        long now = clock.millis();
        if (everyMillis == 0 || now - lastRun < everyMillis) {
            return;
        }
        lastRun = now;
        try {
            dashboards.refresh();
        } catch (RuntimeException e) {
            // The next view computes for itself; a failed refresh costs nothing but the head start.
            LOG.warn("Refreshing the viewed team dashboards failed: {}", e.toString());
        }
    }
}
