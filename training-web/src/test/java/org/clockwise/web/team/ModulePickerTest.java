package org.clockwise.web.team;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseSummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModulePickerTest {

    static final CatalogView CATALOG = new CatalogView(
            List.of(new CatalogView.Entry("discovery", "Discovery", ""), new CatalogView.Entry("value", "Value", "")),
            List.of(), List.of(), List.of(new CatalogView.Entry("first-30-days", "First 30 days", "")));

    static CourseSummary module(String id, String title, String track, String... skills) {
        return new CourseSummary(id, 1, title, "", List.of(skills), List.of(), List.of(), "core", track, null, List.of(), 5, 3,
                null, false);
    }

    static final List<CourseSummary> MODULES = List.of(module("b", "Buying clock", null, "value"),
            module("a", "Ask why now", null, "discovery", "value"), module("o", "Onboarding", "first-30-days", "discovery"),
            module("x", "Loose", null));

    @Test
    void tracksComeFirstThenEachModulesFirstSkillInCatalogOrderThenTheRest() {
        List<ModulePicker.Group> groups = ModulePicker.groups(MODULES, CATALOG, "");
        assertEquals(List.of("First 30 days", "Discovery", "Value", ""), groups.stream().map(ModulePicker.Group::label).toList());
        assertEquals(List.of("o"), groups.get(0).modules().stream().map(CourseSummary::id).toList());
        assertEquals(List.of("a"), groups.get(1).modules().stream().map(CourseSummary::id).toList());
    }

    @Test
    void theSearchBoxWinsOverTheListAndMatchesATitleWhateverTheCase() {
        assertEquals(Optional.of("b"), ModulePicker.chosen(MODULES, "  buying CLOCK ", "a"));
        assertEquals(Optional.of("o"), ModulePicker.chosen(MODULES, "o", null), "an id works too");
        assertEquals(Optional.empty(), ModulePicker.chosen(MODULES, "No such title", "a"), "a title that is no module is refused");
        assertEquals(Optional.of("a"), ModulePicker.chosen(MODULES, " ", "a"));
        assertEquals(Optional.empty(), ModulePicker.chosen(MODULES, null, "retired-or-unknown"));
        assertEquals(Optional.empty(), ModulePicker.chosen(MODULES, null, ""));
    }
}
