-- Injected by MigrationSafetyTest: fails halfway. H2 DDL is not transactional, so the first statement stays applied
-- unless the app restores its pre-migration backup.
CREATE TABLE broken_half (id INT PRIMARY KEY);
INSERT INTO broken_half VALUES (1);
THIS IS NOT SQL;
