package org.clockwise.core.signin;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void theBundledListHoldsAtLeastTenThousandCommonPasswords() {
        assertTrue(PasswordPolicy.commonPasswords() >= 10_000, "only " + PasswordPolicy.commonPasswords());
    }

    @Test
    void fewerThanTwelveCharactersIsTooShort() {
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), PasswordPolicy.check("elevenchars"));
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), PasswordPolicy.check(""));
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), PasswordPolicy.check(null));
        // characters, not bytes or UTF-16 units: eleven emoji are still eleven characters
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), PasswordPolicy.check("🙂".repeat(11)));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), PasswordPolicy.check("123456654321"));
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), PasswordPolicy.check("QWERTY123456"));
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), PasswordPolicy.check("LeaveMeAlone"));
    }

    @Test
    void aCommonPasswordPaddedOrRepeatedIsStillCommon() {
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), PasswordPolicy.check("Dragon2024!!!"));
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), PasswordPolicy.check("2024iloveyou!"));
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), PasswordPolicy.check("PasswordPassword"));
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), PasswordPolicy.check("abababababab"));
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), PasswordPolicy.check("zzzzzzzzzzzzzz"));
    }

    @Test
    void aLongUncommonPhraseIsFineWithoutAnyCompositionRule() {
        assertEquals(Optional.empty(), PasswordPolicy.check("violet tugboat morning"));
        assertEquals(Optional.empty(), PasswordPolicy.check("alllowercaseletters"));
        assertEquals(Optional.empty(), PasswordPolicy.check("twelve chars"));
    }

    @Test
    void moreThanBcryptsSeventyTwoBytesIsTooLong() {
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_LONG), PasswordPolicy.check("a".repeat(73)));
        assertEquals(Optional.empty(), PasswordPolicy.check("seventy-two bytes of a long passphrase ".repeat(2).substring(0, 72)));
    }

    @Test
    void passwordRulesThrowsWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordRules.check("short"));
        assertTrue(e.getMessage().contains("12"));
    }
}
