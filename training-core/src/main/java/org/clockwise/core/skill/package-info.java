/**
 * Skill model: how proficient a rep is in each skill and how proficient they should be.
 *
 * <p>The rules are plain Java with explicit instants and millisecond tests:
 * {@link org.clockwise.core.skill.ProficiencyModel} turns answers ({@link
 * org.clockwise.core.skill.Evidence}) into a proficiency in [0,1] per skill: each question's
 * latest answer, weighted by how established its memory is and scored by its predicted recall
 * against the rep's desired retention, so one quiz is not mastery and forgetting shows; {@link
 * org.clockwise.core.skill.TargetPolicy} says what proficiency a rep should reach at their
 * tenure, scaled for the retention their reviews aim at. Around them, beans load the inputs: {@link org.clockwise.core.skill.EvidenceQueries}
 * and {@link org.clockwise.core.skill.TargetQueries} read the database, and
 * {@link org.clockwise.core.skill.SkillStatuses} is the one place that assembles a rep's current
 * status per skill for the plan, the snapshots and the rep's skill page.
 */
package org.clockwise.core.skill;
