package org.clockwise.core.skill;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TargetPolicyTest {

    private final TargetPolicy policy = new TargetPolicy();

    @Test
    void newHiresGetBasicBreadthWithFocusOnBuyingCycleDiscoveryAndPersonas() {
        assertEquals(0.3, policy.target("negotiation", 0));
        assertEquals(0.5, policy.target("buyer-alignment", 1));
        assertEquals(0.5, policy.target("discovery-questioning", 30));
        assertEquals(0.5, policy.target("persona-insight", 12));
    }

    @Test
    void days31To60FocusOnValueConversationsAndObjections() {
        assertEquals(0.45, policy.target("negotiation", 31));
        assertEquals(0.6, policy.target("value-articulation", 31));
        assertEquals(0.6, policy.target("objection-handling", 45));
        assertEquals(0.6, policy.target("discovery-questioning", 60));
        assertEquals(0.45, policy.target("buyer-alignment", 60));
    }

    @Test
    void days61To90FocusOnNegotiationAndAccountPlanning() {
        assertEquals(0.55, policy.target("storytelling", 61));
        assertEquals(0.65, policy.target("negotiation", 75));
        assertEquals(0.65, policy.target("account-planning", 90));
    }

    @Test
    void veteransNeedDepthAndSharing() {
        assertEquals(0.7, policy.target("negotiation", 91));
        assertEquals(0.8, policy.target("coaching-and-sharing", 400));
        assertEquals(0.8, policy.target("storytelling", 10_000));
    }

    @Test
    void gapIsTargetMinusProficiencyNeverNegative() {
        assertEquals(0.2, policy.gap("value-articulation", 40, 0.4), 1e-12);
        assertEquals(0.0, policy.gap("value-articulation", 40, 0.9));
    }

    @Test
    void negativeTenureIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> policy.target("negotiation", -1));
    }

    @Test
    void unknownSkillIdsInBandsAreReported() {
        Set<String> catalog = Set.of("buyer-alignment", "discovery-questioning", "persona-insight",
                "value-articulation", "objection-handling", "negotiation", "account-planning",
                "coaching-and-sharing");
        assertEquals(Set.of("storytelling"), policy.unknownSkills(catalog));
    }

    @Test
    void customBandsApply() {
        TargetPolicy custom = new TargetPolicy(new TargetSettings(List.of(
                new TargetSettings.Band(0, null, 0.4, Map.of("negotiation", 0.9)))));
        assertEquals(0.9, custom.target("negotiation", 5));
        assertEquals(0.4, custom.target("storytelling", 500));
    }
}
