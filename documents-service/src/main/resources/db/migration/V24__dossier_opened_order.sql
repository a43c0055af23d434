-- The officers' console lists every dossier by opening time before a filter is chosen (the default sort, openedAt, with
-- the id as tie-break): without an index that is a sort of the whole table on every page. This index gives the page
-- in order, and is also the smallest one an index-only count of every dossier can read.
CREATE INDEX dossier_opened ON dossier (opened_at, id);
