-- Accounts, the characters they own and the family founded with each character.
-- Case-insensitive uniqueness is decided on the *_key columns, which the application fills with the domain's key()
-- (Username.key(), CharacterName.key()), so PostgreSQL's collation never decides what "the same name" means.

CREATE TABLE accounts (
    id            uuid        PRIMARY KEY,
    username      text        NOT NULL,
    username_key  text        NOT NULL,
    password_hash text        NOT NULL,
    roles         text[]      NOT NULL,
    created_at    timestamptz NOT NULL,
    CONSTRAINT accounts_username_key_unique UNIQUE (username_key)
);

CREATE TABLE characters (
    id             uuid        PRIMARY KEY,
    account_id     uuid        NOT NULL REFERENCES accounts (id),
    name           text        NOT NULL,
    name_key       text        NOT NULL,
    civilization   text        NOT NULL,
    family_id      uuid        NOT NULL,
    devotion_order integer     NOT NULL CHECK (devotion_order >= 0),
    devotion_chaos integer     NOT NULL CHECK (devotion_chaos >= 0),
    devotion_void  integer     NOT NULL CHECK (devotion_void >= 0),
    created_at     timestamptz NOT NULL,
    CONSTRAINT characters_name_key_unique UNIQUE (name_key),
    CONSTRAINT characters_family_unique UNIQUE (family_id)
);

CREATE INDEX characters_by_account ON characters (account_id, created_at);

CREATE TABLE families (
    id                 uuid        PRIMARY KEY,
    owner_id           uuid        NOT NULL UNIQUE REFERENCES characters (id),
    bond_player_ashnar integer     NOT NULL CHECK (bond_player_ashnar BETWEEN 0 AND 100),
    bond_player_iril   integer     NOT NULL CHECK (bond_player_iril BETWEEN 0 AND 100),
    bond_ashnar_iril   integer     NOT NULL CHECK (bond_ashnar_iril BETWEEN 0 AND 100),
    ashnar_order       text        NOT NULL CHECK (ashnar_order IN ('follow', 'stay')),
    iril_order         text        NOT NULL CHECK (iril_order IN ('follow', 'stay')),
    last_interaction   timestamptz NOT NULL
);

-- A character and its family are stored together or not at all: checked when the transaction commits.
ALTER TABLE characters
    ADD CONSTRAINT characters_family_exists FOREIGN KEY (family_id) REFERENCES families (id)
        DEFERRABLE INITIALLY DEFERRED;
