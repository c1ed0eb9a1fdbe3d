package org.clockwise.core.team;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 13 (wt-team): keeps the dashboards managers are looking at computed ahead of their next view
 * ({@link TeamDashboard#refresh}), every {@link TeamSettings#dashboardRefreshSeconds()}. Per instance: it only
 * fills this instance's cache, and a view on any instance still checks the stamp itself.
 */
@Singleton
class DashboardRefreshJob {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardRefreshJob.class);

    private final TeamDashboard dashboards;
    private final long everyNanos;
    private volatile long lastRun;
    private volatile boolean ran;

    DashboardRefreshJob(TeamDashboard dashboards, TeamSettings settings) {
        this.dashboards = dashboards;
        this.everyNanos = settings.dashboardRefreshSeconds() * 1_000_000_000L;
    }

    @Scheduled(fixedDelay = "1s", initialDelay = "5s")
    void run() {
        // Elapsed time, not the injected Clock: its microsecond tick makes Clock.millis() divide by zero.
        long now = System.nanoTime();
        if (everyNanos == 0 || (ran && now - lastRun < everyNanos)) {
            return;
        }
        ran = true;
        lastRun = now;
        try {
            dashboards.refresh();
        } catch (RuntimeException e) {
            // The next view computes for itself; a failed refresh costs nothing but the head start.
            LOG.warn("Refreshing the viewed team dashboards failed: {}", e.toString());
        }
    }
}
