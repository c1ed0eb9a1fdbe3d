package org.clockwise.web.roster;

import org.clockwise.core.roster.RosterPlan;
import org.clockwise.core.roster.RosterProblem;
import org.clockwise.core.roster.TeamPath;

import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** The page models of the roster upload. */
final class RosterPages {

    private RosterPages() {
    }

    /** The upload form, with the outcome of the last import or what was wrong with the upload itself (noFile, incomplete). */
    record UploadPage(String summary, String error) {
    }

    record AddedRow(int line, String email, String name, String roles, String team) {
    }

    record ChangedRow(int line, String email, List<RosterPlan.FieldChange> changes) {
    }

    /**
     * A dry run: what the file would change, or its problems. The file travels back with the Apply
     * button (base64, as fileContent: {@code content} is the layout's own variable) together with
     * the plan's fingerprint, so Apply writes exactly what was shown.
     */
    record PreviewPage(String fileName, boolean deactivateMissing, List<String> problems, List<AddedRow> added,
                       List<ChangedRow> changed, int unchanged, List<RosterPlan.Deactivated> deactivated, List<String> newTeams,
                       String summary, String fileContent, String fingerprint, boolean stale) {

        static PreviewPage refused(String fileName, boolean deactivateMissing, List<RosterProblem> problems) {
            return new PreviewPage(fileName, deactivateMissing, problems.stream().map(p -> p.format(fileName)).toList(),
                    List.of(), List.of(), 0, List.of(), List.of(), null, null, null, false);
        }

        static PreviewPage planned(String fileName, boolean deactivateMissing, RosterPlan plan, byte[] content, boolean stale) {
            List<AddedRow> added = plan.added().stream().map(a -> new AddedRow(a.line(), a.person().email(), a.person().name(),
                    a.person().roles().stream().map(Enum::name).collect(Collectors.joining("; ")),
                    a.person().team() == null ? "" : a.person().team().toString())).toList();
            List<ChangedRow> changed = plan.changed().stream().map(c -> new ChangedRow(c.line(), c.person().email(), c.changes())).toList();
            return new PreviewPage(fileName, deactivateMissing, List.of(), added, changed, plan.unchanged(), plan.deactivated(),
                    plan.newTeams().stream().map(TeamPath::toString).toList(), plan.summary(),
                    Base64.getEncoder().encodeToString(content), plan.fingerprint(), stale);
        }
    }
}
