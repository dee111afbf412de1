-- Page sessions that were signed out: their session ids (hashed) stay refused until the sign-in
-- would have expired anyway, on every instance (each reloads this list every few seconds).
CREATE TABLE signed_out_session (
    sid_hash  CHAR(64)    PRIMARY KEY,
    username  VARCHAR(64) NOT NULL,
    ended_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX signed_out_session_ended_ix ON signed_out_session (ended_at);
