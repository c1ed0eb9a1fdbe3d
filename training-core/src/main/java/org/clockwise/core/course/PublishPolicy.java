package org.clockwise.core.course;

import org.clockwise.content.Course;
import org.clockwise.content.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * What a module needs before reps see it, beyond being well-formed: it is no longer the
 * new-module template, and its quiz has at least {@link #MIN_QUESTIONS} questions (fewer make
 * too little evidence for the skill model and too few reviews to space). Applied to every
 * module a publish adds or changes; modules already live are left alone.
 */
public final class PublishPolicy {

    public static final int MIN_QUESTIONS = 3;

    private PublishPolicy() {
    }

    public static List<Problem> problems(Course course) {
        List<Problem> problems = new ArrayList<>();
        if (ModuleTemplate.isUntouched(course.title(), course.source())) {
            problems.add(new Problem(course.path(), Math.max(1, course.frontMatterLine()),
                    "this module is still the new-module template: replace the title `" + ModuleTemplate.TITLE
                            + "` and the lesson text with your own before publishing"));
        }
        int questions = course.quiz().size();
        if (questions < MIN_QUESTIONS) {
            int line = course.quiz().questions().isEmpty() ? Math.max(1, course.frontMatterLine())
                    : course.quiz().questions().get(0).line();
            problems.add(new Problem(course.path(), line, "the quiz has " + questions + " question" + (questions == 1 ? "" : "s")
                    + "; a module needs at least " + MIN_QUESTIONS + " under `# Quiz` before it can be published"));
        }
        return problems;
    }
}
