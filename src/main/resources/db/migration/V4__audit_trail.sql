-- Audit trail: who (operating-system user + an optional operator name), what, old -> new, and the reason the
-- workflow asked for. Written only through audit.AuditRepository; the app never updates or deletes a row.
ALTER TABLE audit_log ADD COLUMN operator_name VARCHAR(200);
ALTER TABLE audit_log ADD COLUMN old_value VARCHAR(4000);
ALTER TABLE audit_log ADD COLUMN new_value VARCHAR(4000);
ALTER TABLE audit_log ADD COLUMN reason VARCHAR(2000);
CREATE INDEX ix_audit_action ON audit_log (action_code, occurred_at);
