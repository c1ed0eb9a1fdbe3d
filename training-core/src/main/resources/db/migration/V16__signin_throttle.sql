-- Issue 13: sign-in throttling per client address as well as per account.
-- login_address_throttle counts failed (and in-flight) guesses per client address;
-- login_guesses remembers which address guessed at which account, so the right password
-- from an address without recent failures gets through an account lock (see README, Security).
CREATE TABLE login_address_throttle (
    address      text PRIMARY KEY,
    failures     integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_failure timestamptz,
    locked_until timestamptz
);

CREATE TABLE login_guesses (
    email_key    text        NOT NULL,
    address      text        NOT NULL,
    last_failure timestamptz NOT NULL,
    PRIMARY KEY (email_key, address)
);
