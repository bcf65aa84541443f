-- Commendation (issue 12, domain.md §8): decisions with the form of award and the reason, the cash reward as a
-- multiple of the base salary (both configurable), entries for outside collectives by name, the reason an award
-- goes to someone not rated HTXSNV, and the recipient's description as on the decision date.

-- The decision: the form of award (BIEU_DUONG, GIAY_KHEN), the reason / achievement text, the base salary and the
-- multiples it was computed with, and the reason it was voided.
ALTER TABLE commendation_decision ADD COLUMN award_form VARCHAR(30) DEFAULT 'GIAY_KHEN' NOT NULL;
ALTER TABLE commendation_decision ADD COLUMN reason_text VARCHAR(2000);
ALTER TABLE commendation_decision ADD COLUMN base_salary NUMERIC(14, 0);
ALTER TABLE commendation_decision ADD COLUMN multiple_individual NUMERIC(6, 2);
ALTER TABLE commendation_decision ADD COLUMN multiple_collective NUMERIC(6, 2);
ALTER TABLE commendation_decision ADD COLUMN void_reason VARCHAR(1000);
ALTER TABLE commendation_decision ADD COLUMN updated_at TIMESTAMP;
CREATE INDEX ix_decision_year ON commendation_decision (work_year);

-- An entry: MEMBER, UNIT or COLLECTIVE (outside the tree, by name only); the description under the name as on the
-- decision date ("Đảng viên Chi bộ thôn Đông"); why an award of the year goes to someone not rated HTXSNV.
ALTER TABLE commendation_entry ADD COLUMN recipient_detail VARCHAR(300);
ALTER TABLE commendation_entry ADD COLUMN exception_reason VARCHAR(1000);
ALTER TABLE commendation_entry DROP CONSTRAINT ck_entry_recipient;
ALTER TABLE commendation_entry ADD CONSTRAINT ck_entry_recipient
    CHECK (member_id IS NOT NULL OR unit_id IS NOT NULL OR external_issuer IS NOT NULL OR recipient_type = 'COLLECTIVE');

-- The cash reward: lương cơ sở and the multiples per individual and per collective (HD 56-HD/VPTW: 0.3 and 0.6).
CREATE TABLE commendation_rate (
    id                   INTEGER        NOT NULL PRIMARY KEY,
    base_salary          NUMERIC(14, 0) NOT NULL,
    multiple_individual  NUMERIC(6, 2)  NOT NULL,
    multiple_collective  NUMERIC(6, 2)  NOT NULL,
    updated_at           TIMESTAMP
);
INSERT INTO commendation_rate (id, base_salary, multiple_individual, multiple_collective) VALUES (1, 2340000, 0.3, 0.6);
