-- An audit record's key comes from a sequence that Hibernate draws 50 keys at a time, so that recording one (with
-- each letter issued or revoked) is a batched insert at the commit instead of an insert run at once for an identity
-- key to be read back. Keys stay unique, though two instances draw ranges of their own;
-- the audit is read newest first by time, then key.
ALTER TABLE audit_record ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE audit_record_seq INCREMENT BY 50 OWNED BY audit_record.id;
-- the first draw gives the 50 keys after the largest one stored
SELECT setval('audit_record_seq', COALESCE((SELECT max(id) FROM audit_record), 0) + 50, false);
-- an instance still on the previous version, which leaves the key to the database, keeps working during a
-- rolling update: its key is a whole draw of its own, outside every range of 50 the others use
ALTER TABLE audit_record ALTER COLUMN id SET DEFAULT nextval('audit_record_seq');
