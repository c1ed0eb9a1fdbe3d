/**
 * The summaries team views read instead of the full history: the daily_activity rollup and the
 * weekly skill snapshots (with rep_skill_status). {@link org.clockwise.core.summary.SummaryUpkeep}
 * is the one step every recorder calls, in its own transaction; nightly jobs check the rollup
 * against the detail tables and refresh the snapshots so proficiency fades for quiet reps.
 */
package org.clockwise.core.summary;
