-- Chat messages per channel, numbered 1, 2, 3 ... without gaps. channel_sequences holds each channel's last number:
-- an append bumps it (INSERT ... ON CONFLICT DO UPDATE ... RETURNING) and inserts the message in one transaction, so
-- concurrent appends on any node queue on the channel's row and a failed append leaves no gap.

CREATE TABLE channel_sequences (
    channel  text   PRIMARY KEY,
    last_seq bigint NOT NULL CHECK (last_seq >= 1)
);

CREATE TABLE chat_messages (
    channel     text        NOT NULL,
    seq         bigint      NOT NULL CHECK (seq >= 1),
    sender      uuid        NOT NULL,
    sender_name text        NOT NULL,
    lang        text        NOT NULL,
    text        text        NOT NULL,
    sent_at     timestamptz NOT NULL,
    PRIMARY KEY (channel, seq)
);
