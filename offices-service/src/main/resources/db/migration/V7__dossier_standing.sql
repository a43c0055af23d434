-- What offices-service knows of each dossier from documents.dossiers: its owner and the lifecycle state the last
-- event announced. A booking reads it here instead of asking documents-service; a dossier whose events have not
-- arrived yet (or that was opened before this table) is still asked for over REST.
CREATE TABLE dossier_standing (
    dossier_id UUID PRIMARY KEY,
    partner_id TEXT        NOT NULL,
    state      TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
