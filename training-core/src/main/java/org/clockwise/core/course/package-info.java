/**
 * Published modules ("courses": a module of content, since {@code module} reads badly in Java):
 * publishing a library folder as versioned modules ({@link org.clockwise.core.course.LibraryPublisher}),
 * reading them back ({@link org.clockwise.core.course.CourseQueries}), authors' edits to the
 * library folder, drafts reps never see ({@link org.clockwise.core.course.ModuleDrafts}), what a
 * module needs before it is published ({@link org.clockwise.core.course.PublishPolicy}), version
 * history, line diffs and restore, and scoring a quiz ({@link org.clockwise.core.course.QuizGrading}, the one place
 * that decides what a correct answer is).
 */
package org.clockwise.core.course;
