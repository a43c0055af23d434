CREATE TABLE probe_note (
    id       UUID PRIMARY KEY,
    event_id UUID NOT NULL,
    label    TEXT NOT NULL
);
