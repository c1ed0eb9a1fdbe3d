/**
 * Scheduled work that runs once per period across every instance sharing the database:
 * {@link org.clockwise.core.jobs.JobRunStore} claims a (job, period) row before a job runs, so
 * the nightly rollup check and snapshot refresh and each nudge round run on one instance only.
 * The mail outbox needs no claim of its own: its sender claims rows with {@code SKIP LOCKED}.
 */
package org.clockwise.core.jobs;
