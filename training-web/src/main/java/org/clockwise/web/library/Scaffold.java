package org.clockwise.web.library;

import org.clockwise.core.course.CatalogView;

/** The starting text of a new module in the editor: valid as it stands, so authors edit rather than debug. */
final class Scaffold {

    private Scaffold() {
    }

    static String module(CatalogView catalog) {
        String skill = catalog.skills().isEmpty() ? "discovery-questioning" : catalog.skills().get(0).id();
        return """
                ---
                id: my-new-module
                title: A short, concrete title
                summary: One sentence on what the rep will be able to do.
                skills: [%s]
                ---

                Write the lesson here: one idea, an example from the field, and what to do differently tomorrow.

                # Quiz

                ## Which statement fits this lesson best?
                - [x] The right one
                  > Why it is right.
                - [ ] A plausible wrong one
                  > Why it is tempting, and why it is wrong.

                > Why: the point to remember.
                """.formatted(skill);
    }
}
