package org.clockwise.web.library;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseSummary;

import java.util.List;

/** A module as the library table shows it: catalog names instead of ids. */
record LibraryRow(String id, String title, List<String> skillNames, List<String> phaseNames, List<String> personaNames,
                  String trackName, Integer order, int minutes, int version, String lastPublished, boolean retired) {

    static LibraryRow of(CourseSummary c, CatalogView catalog) {
        return new LibraryRow(c.id(), c.title(),
                c.skills().stream().map(id -> catalog.name(catalog.skills(), id)).toList(),
                c.phases().stream().map(id -> catalog.name(catalog.phases(), id)).toList(),
                c.personas().stream().map(id -> catalog.name(catalog.personas(), id)).toList(),
                c.track() == null ? "" : catalog.name(catalog.tracks(), c.track()), c.order(), c.minutes(), c.version(),
                Dates.utc(c.lastPublishedAt()), c.retired());
    }
}
