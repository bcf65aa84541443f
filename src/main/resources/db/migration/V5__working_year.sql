-- The working year (issue 10): states OPEN -> REVIEWING -> CLOSED (LOCKED of earlier files becomes CLOSED), and the
-- term theme (chuyên đề toàn khóa); the year's theme stays in annual_theme (scope PROVINCE). Reopening a closed
-- year is recorded in the audit trail with its reason.
ALTER TABLE working_year ADD COLUMN term_theme VARCHAR(1000);
ALTER TABLE working_year ADD COLUMN opened_at TIMESTAMP;
UPDATE working_year SET status = 'CLOSED' WHERE status = 'LOCKED';
