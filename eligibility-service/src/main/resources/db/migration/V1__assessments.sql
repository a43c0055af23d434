-- Criteria versions: rule data with effective dates. A published version never changes; the only update
-- allowed is ending an open-ended version once, when the next version is published.
CREATE TABLE criteria_version (
    id             TEXT PRIMARY KEY,
    title_en       TEXT        NOT NULL,
    title_zh       TEXT        NOT NULL,
    effective_from DATE        NOT NULL,
    effective_to   DATE,
    threshold      INTEGER     NOT NULL CHECK (threshold BETWEEN 0 AND 100),
    tracks         JSONB       NOT NULL,
    published_at   TIMESTAMPTZ NOT NULL,
    published_by   TEXT        NOT NULL,
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

CREATE FUNCTION criteria_version_immutable() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'criteria version % is published and cannot be deleted', OLD.id;
    END IF;
    IF OLD.effective_to IS NOT NULL OR NEW.effective_to IS NULL
       OR (NEW.id, NEW.title_en, NEW.title_zh, NEW.effective_from, NEW.threshold, NEW.tracks, NEW.published_at, NEW.published_by)
          IS DISTINCT FROM
          (OLD.id, OLD.title_en, OLD.title_zh, OLD.effective_from, OLD.threshold, OLD.tracks, OLD.published_at, OLD.published_by) THEN
        RAISE EXCEPTION 'criteria version % is published and cannot be changed', OLD.id;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER criteria_version_immutable BEFORE UPDATE OR DELETE ON criteria_version
    FOR EACH ROW EXECUTE FUNCTION criteria_version_immutable();

-- An assessment keeps its input and its result (texts in both languages), so it can be shown and recomputed.
CREATE TABLE assessment (
    id               UUID PRIMARY KEY,
    partner_id       TEXT        NOT NULL,
    applicant_ref    TEXT        NOT NULL,
    track            TEXT        NOT NULL,
    as_of            DATE        NOT NULL,
    criteria_version TEXT        NOT NULL REFERENCES criteria_version (id),
    total            INTEGER     NOT NULL,
    threshold        INTEGER     NOT NULL,
    eligible         BOOLEAN     NOT NULL,
    input            JSONB       NOT NULL,
    result           JSONB       NOT NULL,
    idempotency_key  TEXT,
    request_hash     TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    created_by       TEXT        NOT NULL,
    UNIQUE (partner_id, idempotency_key)
);
CREATE INDEX assessment_by_applicant ON assessment (partner_id, applicant_ref, created_at DESC);
CREATE INDEX assessment_by_ref ON assessment (applicant_ref, created_at DESC);

-- Letter numbers ZGC-<year>-<6 digits> come from one sequence, so they are unique across years too.
CREATE SEQUENCE recommendation_letter_number_seq START WITH 1 MAXVALUE 999999 NO CYCLE;

CREATE TABLE recommendation_letter (
    assessment_id UUID PRIMARY KEY REFERENCES assessment (id),
    letter_number TEXT        NOT NULL UNIQUE,
    issued_at     TIMESTAMPTZ NOT NULL,
    issued_by     TEXT        NOT NULL
);

-- Officer actions: who did what, when.
CREATE TABLE audit_record (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor    TEXT        NOT NULL,
    action   TEXT        NOT NULL,
    subject  TEXT        NOT NULL,
    detail   TEXT        NOT NULL,
    at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_record_by_subject ON audit_record (subject, at);
