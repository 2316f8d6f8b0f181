-- Kin of each family, the devotion characters earned through deeds, and the languages they speak.
--
-- kin: one row per character a family let in; state says whether it was only invited or has accepted. A save of the
-- family upserts its row in families (written at the character's birth too: one row per family, one source of truth)
-- and replaces its kin rows in the same transaction.
--
-- devotions: the devotion a character holds once it did a deed. It is a table of its own, not the devotion columns of
-- characters: those keep the starting devotion the character was born with (what Characters returns), and a
-- character without a row here has never done a deed, as the Devotions port promises (find is empty then).
--
-- tongues: one row per language a character knows anything of, Common included, written once it learned something;
-- a save replaces every row of the character.

CREATE TABLE kin (
    family_id    uuid NOT NULL REFERENCES families (id),
    character_id uuid NOT NULL REFERENCES characters (id),
    state        text NOT NULL CHECK (state IN ('invited', 'accepted')),
    PRIMARY KEY (family_id, character_id)
);

CREATE INDEX kin_by_character ON kin (character_id);

CREATE TABLE devotions (
    character_id uuid    PRIMARY KEY REFERENCES characters (id),
    points_order integer NOT NULL CHECK (points_order >= 0),
    points_chaos integer NOT NULL CHECK (points_chaos >= 0),
    points_void  integer NOT NULL CHECK (points_void >= 0)
);

CREATE TABLE tongues (
    character_id uuid    NOT NULL REFERENCES characters (id),
    language     text    NOT NULL,
    proficiency  integer NOT NULL CHECK (proficiency BETWEEN 0 AND 100),
    PRIMARY KEY (character_id, language)
);
