-- A delivery attempt's key comes from a sequence that Hibernate draws 50 keys at a time, so that logging one (with
-- every webhook sent) is a batched insert at the commit instead of an insert run at once for an identity key to be
-- read back. Keys stay unique, though two instances draw ranges of their own; the log is
-- read by time, then key.
ALTER TABLE delivery_attempt ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE delivery_attempt_seq INCREMENT BY 50 OWNED BY delivery_attempt.id;
-- the first draw gives the 50 keys after the largest one stored
SELECT setval('delivery_attempt_seq', COALESCE((SELECT max(id) FROM delivery_attempt), 0) + 50, false);
-- an instance still on the previous version, which leaves the key to the database, keeps working during a
-- rolling update: its key is a whole draw of its own, outside every range of 50 the others use
ALTER TABLE delivery_attempt ALTER COLUMN id SET DEFAULT nextval('delivery_attempt_seq');
