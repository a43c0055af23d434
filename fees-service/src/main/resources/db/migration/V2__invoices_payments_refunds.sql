-- Invoices, their lines, payments and refunds. Money NUMERIC(12,2) CNY.
CREATE TABLE invoice (
    id               UUID PRIMARY KEY,
    -- DOSSIER_COMPLETED: issued for a completed dossier; OFFICER: issued by an officer for a certificate service
    origin           TEXT           NOT NULL CHECK (origin IN ('DOSSIER_COMPLETED', 'OFFICER')),
    dossier_id       UUID,
    partner_id       TEXT           NOT NULL,
    applicant_ref    TEXT,
    application_kind TEXT,
    schedule_version TEXT           NOT NULL REFERENCES fee_schedule (version),
    priced_on        DATE           NOT NULL,
    currency         TEXT           NOT NULL DEFAULT 'CNY' CHECK (currency = 'CNY'),
    total            NUMERIC(12, 2) NOT NULL CHECK (total >= 0),
    paid             NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (paid >= 0),
    refunded         NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (refunded >= 0),
    status           TEXT           NOT NULL CHECK (status IN ('ISSUED', 'PAID', 'REFUNDED')),
    issued_by        TEXT           NOT NULL,
    issued_at        TIMESTAMPTZ    NOT NULL,
    paid_at          TIMESTAMPTZ,
    -- paid and refunded are gross; what was kept never exceeds the total
    CHECK (paid - refunded <= total),
    CHECK (refunded <= paid),
    CHECK (origin <> 'DOSSIER_COMPLETED' OR dossier_id IS NOT NULL)
);
-- One invoice per completed dossier, whatever the redeliveries.
CREATE UNIQUE INDEX invoice_one_per_completed_dossier ON invoice (dossier_id) WHERE origin = 'DOSSIER_COMPLETED';
CREATE INDEX invoice_by_dossier ON invoice (dossier_id);

CREATE TABLE invoice_line (
    invoice_id   UUID           NOT NULL REFERENCES invoice (id),
    line_no      INT            NOT NULL,
    service_code TEXT           NOT NULL,
    amount       NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (invoice_id, line_no)
);

CREATE TABLE payment (
    id                 UUID PRIMARY KEY,
    invoice_id         UUID           NOT NULL REFERENCES invoice (id),
    amount             NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    channel            TEXT           NOT NULL,
    external_reference TEXT           NOT NULL,
    -- the Idempotency-Key is scoped to who sent it; the fingerprint is of the request it first came with
    payer              TEXT           NOT NULL,
    idempotency_key    TEXT           NOT NULL,
    request_hash       TEXT           NOT NULL,
    received_at        TIMESTAMPTZ    NOT NULL,
    UNIQUE (payer, idempotency_key)
);
CREATE INDEX payment_by_invoice ON payment (invoice_id);

-- Refunds are the audit record of themselves: who, when, how much and why; rows are never changed.
CREATE TABLE refund (
    id          UUID PRIMARY KEY,
    invoice_id  UUID           NOT NULL REFERENCES invoice (id),
    amount      NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    reason      TEXT           NOT NULL,
    refunded_by TEXT           NOT NULL,
    refunded_at TIMESTAMPTZ    NOT NULL
);
CREATE INDEX refund_by_invoice ON refund (invoice_id);
