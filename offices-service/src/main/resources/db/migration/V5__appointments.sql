-- Slot length and seats per hall, per category and per time of day, as dated versions that immigration adds through
-- the API (future-dated; rows are never changed, so recorded_at/recorded_by are the audit trail). category NULL: the
-- version applies to every category the hall takes that has no version of its own.
CREATE TABLE capacity_version (
    id             UUID PRIMARY KEY,
    hall_id        TEXT        NOT NULL REFERENCES hall (id),
    category       TEXT        REFERENCES application_category (code),
    effective_from DATE        NOT NULL,
    reason         TEXT,
    recorded_at    TIMESTAMPTZ NOT NULL,
    recorded_by    TEXT        NOT NULL
);

CREATE UNIQUE INDEX capacity_version_once ON capacity_version (hall_id, COALESCE(category, '*'), effective_from);

-- A band holds from its start time until the next band of the version starts.
CREATE TABLE capacity_band (
    version_id   UUID NOT NULL REFERENCES capacity_version (id),
    starts       TIME NOT NULL,
    slot_minutes INT  NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    capacity     INT  NOT NULL CHECK (capacity BETWEEN 0 AND 500),
    PRIMARY KEY (version_id, starts)
);

-- The procedure text says nothing of appointments: the first versions are a stated assumption (README). Every hall:
-- 20-minute slots with 4 seats for the residence permits; a permanent-residence application takes longer at the
-- window (originals against photocopies): 30-minute slots with 2 seats where a hall takes it.
INSERT INTO capacity_version (id, hall_id, category, effective_from, reason, recorded_at, recorded_by)
SELECT md5('capacity-' || id)::uuid, id, NULL, DATE '2024-01-01', 'First capacity of the appointment service',
       TIMESTAMPTZ '2024-01-01 00:00:00+08', 'migration'
FROM hall;
INSERT INTO capacity_band (version_id, starts, slot_minutes, capacity)
SELECT md5('capacity-' || id)::uuid, TIME '00:00', 20, 4 FROM hall;

INSERT INTO capacity_version (id, hall_id, category, effective_from, reason, recorded_at, recorded_by)
SELECT md5('capacity-pr-' || hall_id)::uuid, hall_id, category, DATE '2024-01-01',
       'First capacity of the appointment service', TIMESTAMPTZ '2024-01-01 00:00:00+08', 'migration'
FROM hall_acceptance WHERE category = 'PERMANENT_RESIDENCE';
INSERT INTO capacity_band (version_id, starts, slot_minutes, capacity)
SELECT md5('capacity-pr-' || hall_id)::uuid, TIME '00:00', 30, 2
FROM hall_acceptance WHERE category = 'PERMANENT_RESIDENCE';

-- The seats taken in each slot. The database, not one JVM, enforces capacity: a booking takes a seat with one
-- conditional upsert (booked < capacity), so two replicas cannot overbook; a cancellation gives it back.
CREATE TABLE appointment_slot (
    hall_id   TEXT        NOT NULL REFERENCES hall (id),
    category  TEXT        NOT NULL REFERENCES application_category (code),
    starts_at TIMESTAMPTZ NOT NULL,
    booked    INT         NOT NULL CHECK (booked >= 0),
    PRIMARY KEY (hall_id, category, starts_at)
);

CREATE TABLE appointment (
    id               UUID PRIMARY KEY,
    dossier_id       UUID        NOT NULL,
    partner_id       TEXT        NOT NULL,
    hall_id          TEXT        NOT NULL REFERENCES hall (id),
    category         TEXT        NOT NULL REFERENCES application_category (code),
    starts_at        TIMESTAMPTZ NOT NULL,
    ends_at          TIMESTAMPTZ NOT NULL CHECK (starts_at < ends_at),
    status           TEXT        NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED')),
    sequence         INT         NOT NULL DEFAULT 0,
    booked_at        TIMESTAMPTZ NOT NULL,
    booked_by        TEXT        NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    cancelled_at     TIMESTAMPTZ,
    cancelled_by     TEXT,
    cancel_cause     TEXT CHECK (cancel_cause IN ('PARTNER', 'IMMIGRATION', 'NOTICE', 'DOSSIER_WITHDRAWN', 'DOSSIER_RETURNED')),
    cancel_reason_en TEXT,
    cancel_reason_zh TEXT,
    cancel_notice_id UUID REFERENCES hall_notice (id),
    idempotency_key  TEXT,
    request_hash     TEXT,
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);

-- one active appointment per dossier
CREATE UNIQUE INDEX appointment_active_dossier ON appointment (dossier_id) WHERE status = 'BOOKED';
CREATE UNIQUE INDEX appointment_idempotency ON appointment (partner_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX appointment_dossier ON appointment (dossier_id);
CREATE INDEX appointment_hall_time ON appointment (hall_id, starts_at) WHERE status = 'BOOKED';
