/**
 * What a rep has done: quiz attempts and review answers recorded exactly once (the id sent with
 * the page is the primary key), with every answer rated and scheduled for review and the summaries
 * kept in step, plus the rep's history as they and their manager read it.
 */
package org.clockwise.core.progress;
