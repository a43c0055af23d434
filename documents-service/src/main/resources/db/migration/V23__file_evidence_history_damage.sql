-- Files in the dossier's own history, what the rules based each item's verdict on, and damaged stored files.

-- 1. Uploads, replacements, removals (and a stored file found damaged) are lines of the dossier's history, kind FILE:
--    the file's id and SHA-256, the item, who and when; never a file name or content. The state is unchanged by them.
ALTER TABLE dossier_history DROP CONSTRAINT IF EXISTS dossier_history_kind_check;
ALTER TABLE dossier_history ADD CONSTRAINT dossier_history_kind_check
    CHECK (kind IN ('TRANSITION', 'ITEM_REVIEW', 'FILE'));
ALTER TABLE dossier_history ADD COLUMN file_id UUID;
ALTER TABLE dossier_history ADD COLUMN sha256 TEXT;

-- the lines kept apart until now move into the dossier's history, oldest first; the separate table goes
INSERT INTO dossier_history (dossier_id, kind, action, from_state, to_state, item_code, actor_role, actor_id, at,
                             file_id, sha256)
SELECT h.dossier_id, 'FILE', h.action, d.state, d.state, h.item_code, 'PARTNER', h.actor, h.at, h.file_id, h.sha256
FROM dossier_file_history h JOIN dossier d ON d.id = h.dossier_id
ORDER BY h.at, h.id;
DROP TABLE dossier_file_history;

-- 2. What each item's verdict rests on (JSON): files and pages, what the files prove, what stays declared.
ALTER TABLE dossier_item ADD COLUMN rules_basis TEXT;

-- 3. A stored file whose bytes fail their digest or their decryption on a read: marked, answered 409, to be replaced.
ALTER TABLE dossier_file ADD COLUMN damaged_at TIMESTAMPTZ;
