-- A letter carries an unguessable verification code (printed in its QR code) so that the public check answers only
-- for someone holding the letter; the committee may revoke a letter once, with a reason.
ALTER TABLE recommendation_letter
    ADD COLUMN verification_code TEXT,
    ADD COLUMN revoked_at        TIMESTAMPTZ,
    ADD COLUMN revoked_by        TEXT,
    ADD COLUMN revocation_reason TEXT;

-- letters issued before codes existed get one now: 122 random bits of gen_random_uuid(), as 32 hex digits
UPDATE recommendation_letter SET verification_code = upper(replace(gen_random_uuid()::text, '-', ''))
    WHERE verification_code IS NULL;

ALTER TABLE recommendation_letter
    ALTER COLUMN verification_code SET NOT NULL,
    ADD CONSTRAINT recommendation_letter_revocation_whole CHECK (
        (revoked_at IS NULL AND revoked_by IS NULL AND revocation_reason IS NULL)
        OR (revoked_at IS NOT NULL AND revoked_by IS NOT NULL AND revocation_reason IS NOT NULL));

-- the committee reads the audit newest first, all of it or one assessment's
CREATE INDEX audit_record_by_time ON audit_record (at DESC, id DESC);
