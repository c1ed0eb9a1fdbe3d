package org.clockwise.web.library;

import io.micronaut.core.annotation.Nullable;
import org.clockwise.content.Course;
import org.clockwise.content.Problem;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.web.render.UiText;

import java.util.List;
import java.util.Optional;

/**
 * The editor page: the file being edited and, once checked, its problems and preview.
 *
 * @param stamp          the version of the file on disk the edit started from; empty for a new file
 * @param error          why the last submit was not kept, if it was not
 * @param checked        whether the problems and preview below are from a check of this text
 * @param conflictSource the file as it is on disk now, when it changed under the author
 */
record EditorPage(String path, String markdown, String stamp, boolean isNew, @Nullable UiText error, CatalogView catalog,
                  boolean checked, List<Problem> fileProblems, List<Problem> otherProblems, @Nullable Course preview,
                  @Nullable String conflictSource) {

    static EditorPage of(String path, String markdown, @Nullable String stamp, boolean isNew, @Nullable UiText error,
                         CatalogView catalog) {
        return new EditorPage(path, markdown, stamp == null ? "" : stamp, isNew, error, catalog, false, List.of(), List.of(),
                null, null);
    }

    EditorPage withCheck(LibraryEditing.Check check) {
        return new EditorPage(path, markdown, stamp, isNew, error, catalog, true, check.fileProblems(), check.otherProblems(),
                check.course().orElse(null), conflictSource);
    }

    EditorPage withOtherProblems(List<Problem> problems) {
        return new EditorPage(path, markdown, stamp, isNew, error, catalog, checked, fileProblems, problems, preview,
                conflictSource);
    }

    /** The file on disk is shown below the author's text, and a publish now would overwrite that version. */
    EditorPage withConflict(String currentSource) {
        return new EditorPage(path, markdown, LibraryEditing.stamp(Optional.of(currentSource)), isNew, error, catalog, checked,
                fileProblems, otherProblems, preview, currentSource);
    }
}
