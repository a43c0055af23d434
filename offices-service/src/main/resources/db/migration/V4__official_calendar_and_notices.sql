-- The State Council holiday arrangement, filled at start from the holiday-cn files shipped with the service
-- (see OfficialCalendarLoader): a published year is loaded once and never rewritten.
CREATE TABLE official_calendar_year (
    year      INT PRIMARY KEY,
    papers    TEXT        NOT NULL,
    source    TEXT        NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL
);

-- off_day true: statutory day off; false: adjusted working day (a weekend day worked).
CREATE TABLE official_day (
    day     DATE PRIMARY KEY,
    year    INT     NOT NULL REFERENCES official_calendar_year (year),
    name    TEXT    NOT NULL,
    off_day BOOLEAN NOT NULL
);

-- An officer's notice: closed, or open with special hours, on the days from date_from to date_to included.
CREATE TABLE hall_notice (
    id           UUID PRIMARY KEY,
    hall_id      TEXT        NOT NULL REFERENCES hall (id),
    date_from    DATE        NOT NULL,
    date_to      DATE        NOT NULL,
    kind         TEXT        NOT NULL CHECK (kind IN ('CLOSED', 'SPECIAL_HOURS')),
    reason_en    TEXT        NOT NULL,
    reason_zh    TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    published_by TEXT        NOT NULL,
    CHECK (date_from <= date_to)
);

CREATE INDEX hall_notice_hall ON hall_notice (hall_id, date_from);

CREATE TABLE hall_notice_interval (
    notice_id UUID NOT NULL REFERENCES hall_notice (id),
    opens     TIME NOT NULL,
    closes    TIME NOT NULL CHECK (opens < closes),
    PRIMARY KEY (notice_id, opens)
);
