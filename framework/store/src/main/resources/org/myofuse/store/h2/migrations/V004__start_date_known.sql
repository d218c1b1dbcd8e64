-- Sessions imported from files that carried only a time of day, without a date from the user: the
-- start is that time of day on 1970-01-01 and its date is shown as unknown.
ALTER TABLE sessions ADD COLUMN start_date_known BOOLEAN DEFAULT TRUE NOT NULL;
