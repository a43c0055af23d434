-- The files of a dossier's items: each page or photo a partner uploads, its facts (type by content, size, SHA-256,
-- pages), what was measured in it for the file checks, and its data key wrapped by a key-encryption key. The bytes
-- are elsewhere (object_key in the configured store), always encrypted.
CREATE TABLE dossier_file (
    id            UUID        PRIMARY KEY,
    dossier_id    UUID        NOT NULL REFERENCES dossier (id),
    item_code     TEXT        NOT NULL,
    name          TEXT,
    media_type    TEXT        NOT NULL,
    size_bytes    BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256        TEXT        NOT NULL,
    page_count    INT         NOT NULL CHECK (page_count > 0),
    measurements  TEXT        NOT NULL,
    storage       TEXT        NOT NULL,
    object_key    TEXT        NOT NULL UNIQUE,
    key_id        TEXT        NOT NULL,
    wrapped_key   BYTEA       NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL,
    uploaded_by   TEXT        NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX dossier_file_item ON dossier_file (dossier_id, item_code, uploaded_at);

-- Uploads, replacements and removals, for the dossier's history (ids and digests only, no names).
CREATE TABLE dossier_file_history (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id  UUID        NOT NULL,
    item_code   TEXT        NOT NULL,
    file_id     UUID        NOT NULL,
    action      TEXT        NOT NULL CHECK (action IN ('UPLOADED', 'REPLACED', 'REMOVED')),
    sha256      TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL
);
CREATE INDEX dossier_file_history_dossier ON dossier_file_history (dossier_id, at);

-- The PostgreSQL object store: encrypted objects in chunks of at most 256 KB, written and read one chunk at a time.
CREATE TABLE file_chunk (
    object_key  TEXT  NOT NULL,
    seq         INT   NOT NULL,
    data        BYTEA NOT NULL,
    PRIMARY KEY (object_key, seq)
);
