package org.clockwise.web.library;

import io.micronaut.core.annotation.Nullable;
import org.clockwise.content.Course;
import org.clockwise.content.Problem;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishPolicy;
import org.clockwise.web.render.UiText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editor page: the file being edited and, once checked, its problems, the text with line
 * numbers (each line an anchor the problems link to) and the preview.
 *
 * @param stamp          the version of the file on disk the edit started from; empty for a new file
 * @param error          why the last submit was not kept, if it was not
 * @param checked        whether the problems and preview below are from a check of this text
 * @param conflictSource the file as it is on disk now, when it changed since the draft began
 * @param draftNotice    says the text is a saved draft, when it is
 * @param lines          the text's lines, numbered by the template
 */
record EditorPage(String path, String markdown, String stamp, boolean isNew, @Nullable UiText error, CatalogView catalog,
                  boolean checked, List<ProblemView> fileProblems, List<ProblemView> otherProblems, @Nullable Course preview,
                  @Nullable String conflictSource, @Nullable UiText draftNotice, List<String> lines) {

    static EditorPage of(String path, String markdown, @Nullable String stamp, boolean isNew, @Nullable UiText error,
                         CatalogView catalog) {
        return new EditorPage(path, markdown, stamp == null ? "" : stamp, isNew, error, catalog, false, List.of(), List.of(),
                null, null, null, lines(markdown));
    }

    /** The check's problems plus what publishing would refuse (the template, too few questions), so "ready" means ready. */
    EditorPage withCheck(LibraryEditing.Check check) {
        List<Problem> file = new ArrayList<>(check.fileProblems());
        List<Problem> other = new ArrayList<>(check.otherProblems());
        check.course().ifPresent(c -> PublishPolicy.problems(c).forEach(p -> (p.path().equals(check.path()) ? file : other).add(p)));
        return new EditorPage(path, markdown, stamp, isNew, error, catalog, true, ProblemView.of(file),
                ProblemView.of(other), check.course().orElse(null), conflictSource, draftNotice, lines);
    }

    boolean hasProblems() {
        return !fileProblems.isEmpty() || !otherProblems.isEmpty();
    }

    EditorPage withError(UiText why) {
        return new EditorPage(path, markdown, stamp, isNew, why, catalog, checked, fileProblems, otherProblems, preview,
                conflictSource, draftNotice, lines);
    }

    EditorPage withDraftNotice(UiText notice) {
        return new EditorPage(path, markdown, stamp, isNew, error, catalog, checked, fileProblems, otherProblems, preview,
                conflictSource, notice, lines);
    }

    /** The file on disk is shown below the author's text, and the next save of the draft starts from that version. */
    EditorPage withConflict(String currentSource) {
        return new EditorPage(path, markdown, LibraryEditing.stamp(Optional.of(currentSource)), isNew, error, catalog, checked,
                fileProblems, otherProblems, preview, currentSource, draftNotice, lines);
    }

    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        return List.of((unix.endsWith("\n") ? unix.substring(0, unix.length() - 1) : unix).split("\n", -1));
    }
}
