-- Year-end rating (issue 11, domain.md §6): rule sets as data, the year's rating date and decision, the self /
-- cell / committee steps of an evaluation with a short reason, and the HTXSNV quota with its justification.

-- Rule sets: the levels, the exemption categories, the automatic conditions and the quota mode are data, so a
-- province's change is a copied and adjusted rule set, not a new version of the app. Lists are comma separated
-- codes (rating.Level, rating.ExemptionReason, rating.AutoCondition).
ALTER TABLE rule_set ADD COLUMN built_in BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE rule_set ADD COLUMN copied_from VARCHAR(30);
ALTER TABLE rule_set ADD COLUMN levels VARCHAR(200) DEFAULT 'EXCELLENT,GOOD,COMPLETED,NOT_COMPLETED' NOT NULL;
ALTER TABLE rule_set ADD COLUMN quota_mode VARCHAR(30) DEFAULT 'WARN_WITH_JUSTIFICATION' NOT NULL;
ALTER TABLE rule_set ADD COLUMN exemptions VARCHAR(300) DEFAULT 'EXEMPT_WORK_MEETINGS' NOT NULL;
ALTER TABLE rule_set ADD COLUMN admission_min_months INTEGER DEFAULT 6 NOT NULL;
ALTER TABLE rule_set ADD COLUMN auto_conditions VARCHAR(300) DEFAULT 'DISCIPLINE_IN_YEAR,COLLECTIVE_DISCIPLINE' NOT NULL;
ALTER TABLE rule_set ADD COLUMN created_at TIMESTAMP;

-- Q132/HD21 (2018–2022): only members exempt from work and meetings are not rated; discipline in the year means
-- KHTNV (HD 21-HD/BTCTW). Q124/HD25 (2023–2024) adds suspended members and members admitted less than 6 months
-- before the rating (Q124 art. 5 §2). Q366/HD43 (2025 on) keeps them (assumed, domain.md §6.2) and adds the
-- 100-point scale and the collective condition (no disciplined member or sub-unit for HTXSNV, Q366 art. 11).
UPDATE rule_set SET built_in = TRUE, exemptions = 'EXEMPT_WORK_MEETINGS,NEW_UNIT', auto_conditions = 'DISCIPLINE_IN_YEAR'
    WHERE code = 'Q132_HD21';
UPDATE rule_set SET built_in = TRUE,
    exemptions = 'EXEMPT_WORK_MEETINGS,SUSPENDED,ADMITTED_LT_6_MONTHS,NEW_UNIT', auto_conditions = 'DISCIPLINE_IN_YEAR'
    WHERE code = 'Q124_HD25';
UPDATE rule_set SET built_in = TRUE,
    exemptions = 'EXEMPT_WORK_MEETINGS,SUSPENDED,ADMITTED_LT_6_MONTHS,NEW_UNIT',
    auto_conditions = 'DISCIPLINE_IN_YEAR,COLLECTIVE_DISCIPLINE'
    WHERE code = 'Q366_HD43';

-- The rating of a year: the day it is held (who is rated and where is decided on this day), and the decision on the
-- organisations' ratings with its number from the document register.
CREATE TABLE rating_year (
    work_year           INTEGER   NOT NULL PRIMARY KEY,
    rating_date         DATE      NOT NULL,
    unit_decision_id    BIGINT,
    unit_decision_date  DATE,
    updated_at          TIMESTAMP,
    CONSTRAINT fk_rating_year_year FOREIGN KEY (work_year) REFERENCES working_year (work_year),
    CONSTRAINT fk_rating_year_decision FOREIGN KEY (unit_decision_id) REFERENCES document_number (id)
);

-- The three steps of an evaluation (domain.md §6.5): self-assessment (self_level, self_score), the cell's proposal
-- (cell_proposal_level, cell_proposal_score), the committee's decision (final_level, final_score), with a short
-- reason; the decision's number for organisations.
ALTER TABLE evaluation ADD COLUMN cell_proposal_score NUMERIC(5, 2);
ALTER TABLE evaluation ADD COLUMN reason VARCHAR(500);
ALTER TABLE evaluation ADD COLUMN decision_number_id BIGINT;
ALTER TABLE evaluation ADD COLUMN updated_at TIMESTAMP;
ALTER TABLE evaluation ADD CONSTRAINT fk_eval_decision FOREIGN KEY (decision_number_id) REFERENCES document_number (id);

-- The HTXSNV quota of a grassroots organisation (members) or of the commune's organisations (units) in a year, as
-- the rule set gave it, and the justification written when the count went over it.
ALTER TABLE evaluation_quota ADD COLUMN subject_type VARCHAR(10) DEFAULT 'MEMBER' NOT NULL;
ALTER TABLE evaluation_quota ADD COLUMN quota_mode VARCHAR(30) DEFAULT 'WARN_WITH_JUSTIFICATION' NOT NULL;
ALTER TABLE evaluation_quota ADD COLUMN excellent_count INTEGER;
ALTER TABLE evaluation_quota ADD COLUMN good_count INTEGER;
ALTER TABLE evaluation_quota ADD COLUMN allowed_count INTEGER;
ALTER TABLE evaluation_quota ADD COLUMN justification VARCHAR(2000);
ALTER TABLE evaluation_quota ADD COLUMN updated_at TIMESTAMP;
CREATE INDEX ix_quota_year ON evaluation_quota (work_year, subject_type, scope_unit_id);
