-- Regular opening hours of each hall, as dated versions: a version is in force from effective_from until the next
-- version of the same hall. Officers add versions through the API; the first ones are the procedure text's hours.
CREATE TABLE regular_hours_version (
    id             UUID PRIMARY KEY,
    hall_id        TEXT        NOT NULL REFERENCES hall (id),
    effective_from DATE        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    recorded_by    TEXT        NOT NULL,
    UNIQUE (hall_id, effective_from)
);

-- One row per open interval of a day of the week (ISO: 1 = Monday ... 7 = Sunday); a day without rows is closed.
CREATE TABLE regular_hours_interval (
    version_id  UUID     NOT NULL REFERENCES regular_hours_version (id),
    day_of_week SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    opens       TIME     NOT NULL,
    closes      TIME     NOT NULL CHECK (opens < closes),
    PRIMARY KEY (version_id, day_of_week, opens)
);

-- The procedure text gives no date for its hours: they are taken as in force from 2024-01-01, the first year of
-- the State Council calendar this service holds.
INSERT INTO regular_hours_version (id, hall_id, effective_from, recorded_at, recorded_by)
SELECT md5('regular-hours-' || id)::uuid, id, DATE '2024-01-01', TIMESTAMPTZ '2024-01-01 00:00:00+08', 'procedure-text'
FROM hall;

-- Monday to Saturday, 9:00-17:00 ...
INSERT INTO regular_hours_interval (version_id, day_of_week, opens, closes)
SELECT v.id, d, TIME '09:00', TIME '17:00'
FROM regular_hours_version v CROSS JOIN generate_series(1, 6) AS d
WHERE v.hall_id <> 'shijingshan-center';

-- ... except Shijingshan: Monday to Saturday 9:00-12:00 and 13:30-17:00 (a lunch break from 12:00 to 13:30).
INSERT INTO regular_hours_interval (version_id, day_of_week, opens, closes)
SELECT v.id, d, i.opens, i.closes
FROM regular_hours_version v
CROSS JOIN generate_series(1, 6) AS d
CROSS JOIN (VALUES (TIME '09:00', TIME '12:00'), (TIME '13:30', TIME '17:00')) AS i (opens, closes)
WHERE v.hall_id = 'shijingshan-center';
