package org.clockwise.web.library;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.ModuleTemplate;

/** The starting text of a new module in the editor, with the catalog's first skill. */
final class Scaffold {

    private Scaffold() {
    }

    static String module(CatalogView catalog) {
        return ModuleTemplate.text(firstSkill(catalog));
    }

    /** The template with an id and a title of the author's (the lesson text is still to write). */
    static String module(CatalogView catalog, String id, String title) {
        String oneLine = title.replaceAll("[\\r\\n]+", " ").replace("\"", "'");
        return ModuleTemplate.text(firstSkill(catalog))
                .replace("id: " + ModuleTemplate.ID + "\n", "id: " + id + "\n")
                .replace("title: " + ModuleTemplate.TITLE + "\n", "title: \"" + oneLine + "\"\n");
    }

    private static String firstSkill(CatalogView catalog) {
        return catalog.skills().isEmpty() ? "discovery-questioning" : catalog.skills().get(0).id();
    }
}
