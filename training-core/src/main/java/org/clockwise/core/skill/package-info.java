/**
 * Skill model: how proficient a rep is in each skill and how proficient they should be.
 *
 * <p>{@link org.clockwise.core.skill.ProficiencyModel} turns quiz answers ({@link
 * org.clockwise.core.skill.Evidence}) into a recency-weighted proficiency in [0,1] per skill,
 * so that the latest answers count most and old mastery fades. {@link
 * org.clockwise.core.skill.TargetPolicy} says what proficiency a rep should reach at their
 * tenure (new hires need breadth at a basic level, veterans need depth); the gap between the
 * two drives the daily assignment. Plain Java: no framework, explicit instants, millisecond
 * tests.
 */
package org.clockwise.core.skill;
