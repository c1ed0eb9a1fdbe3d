package org.clockwise.core.signin;

/** Refuses a password that {@link PasswordPolicy} refuses, for code that has no page to explain it on. */
public final class PasswordRules {
    public static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int MAX_BYTES = PasswordPolicy.MAX_BYTES;

    private PasswordRules() {
    }

    public static void check(String password) {
        PasswordPolicy.check(password).ifPresent(problem -> {
            throw new IllegalArgumentException(switch (problem) {
                case TOO_SHORT -> "a password needs at least " + MIN_LENGTH + " characters";
                case TOO_LONG -> "a password may have at most " + MAX_BYTES + " bytes";
                case COMMON -> "that password is on the list of common passwords";
            });
        });
    }
}
