-- Dossiers: one per assessment, each checklist item with its status, reasons and the submitted metadata
-- (personal details only as digests).
CREATE TABLE dossier (
    id                UUID        PRIMARY KEY,
    assessment_id     UUID        NOT NULL UNIQUE,
    partner_id        TEXT        NOT NULL,
    applicant_ref     TEXT        NOT NULL,
    track             TEXT        NOT NULL,
    origin            TEXT        NOT NULL,
    letter_number     TEXT,
    facts             TEXT        NOT NULL,
    facts_confirmed   BOOLEAN     NOT NULL,
    status            TEXT        NOT NULL,
    application_kind  TEXT        NOT NULL,
    acceptance_date   DATE,
    opened_at         TIMESTAMPTZ NOT NULL,
    completed_at      TIMESTAMPTZ,
    version           BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX dossier_partner ON dossier (partner_id);

CREATE TABLE dossier_item (
    dossier_id   UUID        NOT NULL REFERENCES dossier (id),
    code         TEXT        NOT NULL,
    sort_order   INT         NOT NULL,
    applies_why  TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    reasons      TEXT        NOT NULL,
    metadata     TEXT,
    reviewed_at  TIMESTAMPTZ,
    PRIMARY KEY (dossier_id, code)
);

-- A RecommendationIssued whose dossier could not be opened yet (eligibility-service did not answer): retried
-- by a scheduler until it opens or is refused; the row goes in the transaction that opens the dossier.
CREATE TABLE pending_recommendation (
    event_id        UUID        PRIMARY KEY,
    assessment_id   UUID        NOT NULL,
    partner_id      TEXT        NOT NULL,
    applicant_ref   TEXT        NOT NULL,
    track           TEXT        NOT NULL,
    letter_number   TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    received_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX pending_recommendation_due ON pending_recommendation (next_attempt_at) WHERE status = 'PENDING';
