package org.clockwise.web.library;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseSummary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A module as the library table shows it: catalog names instead of ids, joined for their cells, and
 * the module's link (its edit and versions pages hang below it). Made here rather than in the
 * template, where each of them cost an expression per row of a table as long as the library.
 */
record LibraryRow(String id, String title, String skills, String phases, String personas,
                  String trackName, Integer order, int minutes, int version, String lastPublished, boolean retired, String href,
                  String rowId, String rowClass, boolean justPublished, boolean hasOrder, String orderText, String versionText,
                  String editHref, String versionsHref) {

    /**
     * The row of module {@code c}; {@code published} is the id of the module just published, or null.
     * The row's id, classes and texts are made here once (issue 13, rendering speed): the classes as
     * the template's expression made them, {@code retired} and/or {@code just-published}.
     */
    static LibraryRow of(CourseSummary c, CatalogView catalog, String published) {
        String href = "/library/modules/" + URLEncoder.encode(c.id(), StandardCharsets.UTF_8).replace("+", "%20");
        boolean justPublished = c.id().equals(published);
        return new LibraryRow(c.id(), c.title(), names(c.skills(), catalog, catalog.skills()),
                names(c.phases(), catalog, catalog.phases()), names(c.personas(), catalog, catalog.personas()),
                c.track() == null ? "" : catalog.name(catalog.tracks(), c.track()), c.order(), c.minutes(), c.version(),
                Dates.utc(c.lastPublishedAt()), c.retired(), href,
                "module-" + c.id(), (c.retired() ? "retired" : "") + (justPublished ? " just-published" : ""), justPublished,
                c.order() != null, c.order() == null ? null : " #" + c.order(), "v" + c.version(), href + "/edit", href + "/versions");
    }

    private static String names(List<String> ids, CatalogView catalog, List<CatalogView.Entry> entries) {
        return ids.stream().map(id -> catalog.name(entries, id)).collect(Collectors.joining(", "));
    }
}
