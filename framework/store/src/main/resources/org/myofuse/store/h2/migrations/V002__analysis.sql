-- Myofuse session store, schema version 2: the analysis of a session.
-- Events now say where they came from: 'recorded' (during the session, or imported from a file) or
-- 'analysis' (found by the fusion analysis of the stored raw data, replaced when it is run again).
-- One assessment row per session: pain NRS before and after.

ALTER TABLE events ADD COLUMN origin VARCHAR(16) DEFAULT 'recorded' NOT NULL;
CREATE INDEX events_origin ON events (session_id, origin);
CREATE UNIQUE INDEX assessments_one_per_session ON assessments (session_id);
