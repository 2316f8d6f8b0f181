-- Refresh tokens by fingerprint. A token is live while rotated_at and revoked_at are unset and expires_at is ahead;
-- every token rotated from one login shares login_id, so a replay can revoke the whole login at once.

CREATE TABLE refresh_tokens (
    fingerprint text        PRIMARY KEY,
    login_id    uuid        NOT NULL,
    account_id  uuid        NOT NULL REFERENCES accounts (id),
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    rotated_at  timestamptz,
    revoked_at  timestamptz
);

CREATE INDEX refresh_tokens_by_login ON refresh_tokens (login_id);
