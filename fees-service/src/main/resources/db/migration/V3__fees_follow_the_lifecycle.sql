-- Fees follow the dossier's lifecycle: a charge rule names the step at which a service falls due, an invoice says
-- which step issued it, and a payment the partner declares waits for the hall's confirmation.

-- 1. Charge rules by step. ACCEPTED: the hall accepted the application (DossierAccepted); APPROVED: the application
--    was approved (DossierDecided with outcome APPROVED). The rules that existed were charged when a dossier
--    completed, the moment the hall's acceptance now takes: they become ACCEPTED rules.
ALTER TABLE charge_rule ADD COLUMN step TEXT;
UPDATE charge_rule SET step = 'ACCEPTED';
ALTER TABLE charge_rule ALTER COLUMN step SET NOT NULL;
ALTER TABLE charge_rule ADD CONSTRAINT charge_rule_step_check CHECK (step IN ('ACCEPTED', 'APPROVED'));
ALTER TABLE charge_rule DROP CONSTRAINT charge_rule_pkey;
ALTER TABLE charge_rule ADD PRIMARY KEY (application_kind, step, service_code);
-- The card is produced only for an approved application: its production fee falls due then, never for a refusal.
INSERT INTO charge_rule (application_kind, step, service_code) VALUES
('FIRST_APPLICATION', 'APPROVED', 'CERTIFICATE_PRODUCTION');

-- 2. The dossiers the hall accepted, as fees-service learnt them from DossierAccepted: DossierDecided does not
--    carry the application kind, so the kind is remembered here for the APPROVED rules.
CREATE TABLE accepted_dossier (
    dossier_id       UUID PRIMARY KEY,
    partner_id       TEXT        NOT NULL,
    applicant_ref    TEXT,
    application_kind TEXT        NOT NULL,
    acceptance_date  DATE        NOT NULL,
    accepted_at      TIMESTAMPTZ NOT NULL
);

-- 3. Invoices: origin DOSSIER (issued by a step of the dossier, named in trigger_step) or OFFICER (no step).
--    An invoice of a completed dossier was the first-application invoice priced on the acceptance date: it is
--    the ACCEPTED invoice of its dossier, and its dossier counts as accepted.
ALTER TABLE invoice DROP CONSTRAINT IF EXISTS invoice_origin_check;
ALTER TABLE invoice DROP CONSTRAINT IF EXISTS invoice_check2;
DROP INDEX IF EXISTS invoice_one_per_completed_dossier;
ALTER TABLE invoice ADD COLUMN trigger_step TEXT;
UPDATE invoice SET origin = 'DOSSIER', trigger_step = 'ACCEPTED' WHERE origin = 'DOSSIER_COMPLETED';
ALTER TABLE invoice ADD CONSTRAINT invoice_origin_check CHECK (origin IN ('DOSSIER', 'OFFICER'));
ALTER TABLE invoice ADD CONSTRAINT invoice_trigger_step_check CHECK (
    (origin = 'DOSSIER' AND dossier_id IS NOT NULL AND trigger_step IN ('ACCEPTED', 'APPROVED'))
    OR (origin = 'OFFICER' AND trigger_step IS NULL));
-- One invoice per dossier and step, whatever the redeliveries.
CREATE UNIQUE INDEX invoice_one_per_dossier_step ON invoice (dossier_id, trigger_step) WHERE origin = 'DOSSIER';

INSERT INTO accepted_dossier (dossier_id, partner_id, applicant_ref, application_kind, acceptance_date, accepted_at)
SELECT dossier_id, partner_id, applicant_ref, application_kind, priced_on, issued_at
FROM invoice WHERE origin = 'DOSSIER' AND application_kind IS NOT NULL
ON CONFLICT (dossier_id) DO NOTHING;

-- 4. Payments: PENDING as the partner declares them, then CONFIRMED or REJECTED (with a reason) by immigration.
--    paid counts confirmed payments only; pending what waits for a decision. Declared and kept money together
--    never exceed the total, so a partner cannot declare more than is due.
--    Payments recorded before confirmation existed were counted as paid: they stay so, as CONFIRMED by
--    'migration' at the time they were received.
ALTER TABLE invoice ADD COLUMN pending NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (pending >= 0);
ALTER TABLE invoice ADD CONSTRAINT invoice_declared_within_total CHECK (paid - refunded + pending <= total);

ALTER TABLE payment ADD COLUMN status TEXT;
ALTER TABLE payment ADD COLUMN decided_by TEXT;
ALTER TABLE payment ADD COLUMN decided_at TIMESTAMPTZ;
ALTER TABLE payment ADD COLUMN rejection_reason TEXT;
UPDATE payment SET status = 'CONFIRMED', decided_by = 'migration', decided_at = received_at;
ALTER TABLE payment ALTER COLUMN status SET NOT NULL;
ALTER TABLE payment ADD CONSTRAINT payment_status_check CHECK (
    (status = 'PENDING' AND decided_by IS NULL AND decided_at IS NULL AND rejection_reason IS NULL)
    OR (status = 'CONFIRMED' AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND rejection_reason IS NULL)
    OR (status = 'REJECTED' AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND rejection_reason IS NOT NULL));
-- the hall's worklist: payments waiting for a decision, oldest first
CREATE INDEX payment_pending ON payment (received_at) WHERE status = 'PENDING';
