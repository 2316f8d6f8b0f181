-- Privileged acts (role grants first), appended and never changed. id orders entries written at the same moment.

CREATE TABLE audit_log (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL,
    actor_id       uuid        NOT NULL,
    actor_username text        NOT NULL,
    action         text        NOT NULL,
    target         text        NOT NULL,
    detail         text        NOT NULL
);

CREATE INDEX audit_log_latest ON audit_log (at DESC, id DESC);
