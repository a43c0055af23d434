-- Partners' webhook subscriptions, the events kept for delivery and replay, each delivery and each of its attempts.
CREATE TABLE subscription (
    id                      UUID        PRIMARY KEY,
    partner_id              TEXT        NOT NULL,
    url                     TEXT        NOT NULL,
    -- event names (AssessmentCompleted, DossierAccepted, ...), comma-separated
    event_types             TEXT        NOT NULL,
    description             TEXT,
    secret                  TEXT        NOT NULL,
    previous_secret         TEXT,
    previous_secret_expires_at TIMESTAMPTZ,
    enabled                 BOOLEAN     NOT NULL,
    disabled_reason         TEXT,
    disabled_at             TIMESTAMPTZ,
    last_success_at         TIMESTAMPTZ,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX subscription_partner ON subscription (partner_id, created_at);

-- An event that names a partner, as received, with its place in its aggregate's order.
CREATE TABLE webhook_event (
    id           UUID        PRIMARY KEY,
    partner_id   TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    event_name   TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    subject      TEXT        NOT NULL,
    time         TIMESTAMPTZ NOT NULL,
    sequence     BIGINT      NOT NULL,
    data         TEXT        NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_event_partner_time ON webhook_event (partner_id, time);

-- The last sequence number given to an aggregate's events (per topic: the Kafka key is the aggregate id).
CREATE TABLE aggregate_sequence (
    topic         TEXT   NOT NULL,
    aggregate_key TEXT   NOT NULL,
    last_sequence BIGINT NOT NULL,
    PRIMARY KEY (topic, aggregate_key)
);

-- One event to one subscription: PENDING until an attempt succeeds (DELIVERED) or the schedule ends (FAILED).
CREATE TABLE delivery (
    id              UUID        PRIMARY KEY,
    subscription_id UUID        NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    event_id        UUID        NOT NULL REFERENCES webhook_event (id),
    origin          TEXT        NOT NULL,
    state           TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ
);
-- the live fan-out of an event happens once per subscription; replays add rows of origin REPLAY
CREATE UNIQUE INDEX delivery_live_once ON delivery (subscription_id, event_id) WHERE origin = 'LIVE';
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX delivery_subscription ON delivery (subscription_id, created_at);

CREATE TABLE delivery_attempt (
    id              BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id     UUID        NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    subscription_id UUID        NOT NULL,
    event_id        UUID        NOT NULL,
    attempt         INT         NOT NULL,
    attempted_at    TIMESTAMPTZ NOT NULL,
    status_code     INT,
    latency_ms      BIGINT      NOT NULL,
    succeeded       BOOLEAN     NOT NULL,
    error           TEXT
);
CREATE INDEX delivery_attempt_subscription ON delivery_attempt (subscription_id, attempted_at DESC, id DESC);
