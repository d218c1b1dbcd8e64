-- The program plan a patient's program follows (org.myofuse.api.program), NULL when it follows none.
ALTER TABLE programs ADD COLUMN plan_id VARCHAR(100);
