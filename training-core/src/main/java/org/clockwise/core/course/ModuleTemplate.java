package org.clockwise.core.course;

/**
 * The starting text of a new module in the editor: valid as it stands, so authors edit rather
 * than debug, and recognisable, so {@link PublishPolicy} refuses it until the author has
 * written their own title and lesson.
 */
public final class ModuleTemplate {

    public static final String ID = "my-new-module";
    public static final String TITLE = "A short, concrete title";
    public static final String LESSON = "Write the lesson here: one idea, an example from the field, and what to do differently tomorrow.";

    private ModuleTemplate() {
    }

    public static String text(String skill) {
        return """
                ---
                id: %s
                title: %s
                summary: One sentence on what the rep will be able to do.
                skills: [%s]
                ---

                %s

                # Quiz

                ## Which statement fits this lesson best?
                - [x] The right one
                  > Why it is right.
                - [ ] A plausible wrong one
                  > Why it is tempting, and why it is wrong.

                > Why: the point to remember.

                ## What would a rep do differently tomorrow?
                - [ ] Keep doing what they did
                  > Why that falls short.
                - [x] The new habit
                  > Why it works.

                ## True or false: a statement from the lesson.
                - [x] True
                - [ ] False
                """.formatted(ID, TITLE, skill, LESSON);
    }

    /** Whether a module is still the template: its title or its lesson text was never replaced. */
    static boolean isUntouched(String title, String source) {
        return TITLE.equals(title) || (source != null && source.contains(LESSON));
    }
}
