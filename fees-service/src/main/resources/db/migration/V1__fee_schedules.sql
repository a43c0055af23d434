-- Fee schedules as dated versions. A version is in force from effective_from to effective_to (both inclusive);
-- an open end (NULL) means "until the next version starts". Amounts in CNY with two decimals, never floats.
CREATE TABLE fee_schedule (
    version        TEXT PRIMARY KEY,
    effective_from DATE        NOT NULL,
    effective_to   DATE,
    currency       TEXT        NOT NULL DEFAULT 'CNY' CHECK (currency = 'CNY'),
    note           TEXT,
    published_by   TEXT        NOT NULL,
    published_at   TIMESTAMPTZ NOT NULL,
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

CREATE TABLE fee_schedule_item (
    version      TEXT          NOT NULL REFERENCES fee_schedule (version),
    service_code TEXT          NOT NULL CHECK (service_code IN
                     ('FIRST_APPLICATION', 'CERTIFICATE_PRODUCTION', 'REPLACEMENT', 'REISSUANCE')),
    amount       NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (version, service_code)
);

-- Which services each kind of application (DossierCompleted.applicationKind) is charged when its dossier completes.
-- Production, replacement and re-issuance of the certificate are separate services an officer invoices on request.
CREATE TABLE charge_rule (
    application_kind TEXT NOT NULL,
    service_code     TEXT NOT NULL CHECK (service_code IN
                         ('FIRST_APPLICATION', 'CERTIFICATE_PRODUCTION', 'REPLACEMENT', 'REISSUANCE')),
    PRIMARY KEY (application_kind, service_code)
);

-- The fees of the procedure text. The text gives no date; the baseline starts on 2004-08-15, the day the
-- Measures for the Administration of Examination and Approval of Foreigners' Permanent Residence in China took
-- effect, so that it covers every application this system can see. Officers replace it by publishing a version.
INSERT INTO fee_schedule (version, effective_from, effective_to, currency, note, published_by, published_at)
VALUES ('2004-baseline', DATE '2004-08-15', NULL, 'CNY',
        'Fees as published in the procedure text of the Beijing Exit-Entry Administration',
        'migration', TIMESTAMPTZ '2004-08-15 00:00:00+08');

INSERT INTO fee_schedule_item (version, service_code, amount) VALUES
('2004-baseline', 'FIRST_APPLICATION', 1500.00),
('2004-baseline', 'CERTIFICATE_PRODUCTION', 300.00),
('2004-baseline', 'REPLACEMENT', 300.00),
('2004-baseline', 'REISSUANCE', 600.00);

INSERT INTO charge_rule (application_kind, service_code) VALUES
('FIRST_APPLICATION', 'FIRST_APPLICATION');
