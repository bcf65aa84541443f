-- Member rules of issue 8 (domain.md §4.4, §5.1-5.3).

-- A wrongly recorded event is cancelled (newest first, with a reason) and stays in the history as cancelled. What a
-- readmission changed on the member is kept on its event so that cancelling it puts the member back as before.
ALTER TABLE membership_event ADD COLUMN cancelled_at TIMESTAMP;
ALTER TABLE membership_event ADD COLUMN cancel_reason VARCHAR(1000);
ALTER TABLE membership_event ADD COLUMN prev_admission_date DATE;
ALTER TABLE membership_event ADD COLUMN prev_admission_no VARCHAR(100);
ALTER TABLE membership_event ADD COLUMN prev_ceremony_date DATE;
ALTER TABLE membership_event ADD COLUMN prev_full_date DATE;
ALTER TABLE membership_event ADD COLUMN prev_full_no VARCHAR(100);
ALTER TABLE membership_event ADD COLUMN prev_first_admission_date DATE;
-- Readmission (Q294 §3.5): the written consent of the provincial standing committee, and the date a criminal
-- record was cleared when there was one (60 months instead of 36).
ALTER TABLE membership_event ADD COLUMN consent_no VARCHAR(100);
ALTER TABLE membership_event ADD COLUMN consent_date DATE;
ALTER TABLE membership_event ADD COLUMN record_cleared_date DATE;
-- A transfer in with a late letter (Q294 §6.3.1): the competent committee's decision on it, with or without a gap in
-- party age (the gap itself is a membership_interruption linked to the event).
ALTER TABLE membership_event ADD COLUMN committee_decision_no VARCHAR(100);
ALTER TABLE membership_event ADD COLUMN committee_decision_date DATE;

-- Which event opened or closed a period deducted from party age, and for a gap the committee decided after a late
-- transfer letter, its decision.
ALTER TABLE membership_interruption ADD COLUMN opened_by_event_id BIGINT;
ALTER TABLE membership_interruption ADD COLUMN closed_by_event_id BIGINT;
ALTER TABLE membership_interruption ADD COLUMN decision_no VARCHAR(100);
ALTER TABLE membership_interruption ADD COLUMN decision_date DATE;

-- Restoration after a wrongful expulsion (khôi phục đảng tịch, Q117-QĐ/TW 2023) annuls the discipline.
ALTER TABLE discipline ADD COLUMN annulled_by_event_id BIGINT;

-- How long a discipline holds a Party badge back, per rule set (domain.md §5.2: the Q24 §27 / HD 01 §18 reading by
-- default; a province's own reading is entered as data). hold_months NULL: held while the discipline stands.
CREATE TABLE badge_discipline_hold (
    rule_set_code    VARCHAR(30)  NOT NULL,
    discipline_form  VARCHAR(30)  NOT NULL,
    hold_months      INTEGER,
    source           VARCHAR(300),
    CONSTRAINT pk_badge_hold PRIMARY KEY (rule_set_code, discipline_form),
    CONSTRAINT fk_badge_hold_rule_set FOREIGN KEY (rule_set_code) REFERENCES rule_set (code),
    CONSTRAINT ck_badge_hold_months CHECK (hold_months IS NULL OR hold_months >= 0)
);
INSERT INTO badge_discipline_hold (rule_set_code, discipline_form, hold_months, source)
SELECT code, 'REPRIMAND', 0, 'Q24 §27, HD 01-HD/TW 2021 §18' FROM rule_set;
INSERT INTO badge_discipline_hold (rule_set_code, discipline_form, hold_months, source)
SELECT code, 'WARNING', 6, 'Q24 §27, HD 01-HD/TW 2021 §18' FROM rule_set;
INSERT INTO badge_discipline_hold (rule_set_code, discipline_form, hold_months, source)
SELECT code, 'DISMISSAL', 12, 'Q24 §27, HD 01-HD/TW 2021 §18' FROM rule_set;
INSERT INTO badge_discipline_hold (rule_set_code, discipline_form, hold_months, source)
SELECT code, 'EXPULSION', NULL, 'Điều lệ Đảng' FROM rule_set;

-- Public holidays that are not working days (Bộ luật Lao động 2019 art. 112 and the government's yearly notices):
-- defaults for the known years, the user edits the list (domain.md §4.4, late transfer letters).
CREATE TABLE public_holiday (
    holiday_date  DATE         NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL
);
INSERT INTO public_holiday (holiday_date, name) VALUES
    (DATE '2025-01-01', 'Tết Dương lịch'),
    (DATE '2025-01-27', 'Tết Nguyên đán'), (DATE '2025-01-28', 'Tết Nguyên đán'), (DATE '2025-01-29', 'Tết Nguyên đán'),
    (DATE '2025-01-30', 'Tết Nguyên đán'), (DATE '2025-01-31', 'Tết Nguyên đán'),
    (DATE '2025-04-07', 'Giỗ Tổ Hùng Vương'), (DATE '2025-04-30', 'Ngày Giải phóng miền Nam'),
    (DATE '2025-05-01', 'Ngày Quốc tế Lao động'), (DATE '2025-05-02', 'Nghỉ bù'),
    (DATE '2025-09-01', 'Quốc khánh'), (DATE '2025-09-02', 'Quốc khánh'),
    (DATE '2026-01-01', 'Tết Dương lịch'), (DATE '2026-01-02', 'Nghỉ bù'),
    (DATE '2026-02-16', 'Tết Nguyên đán'), (DATE '2026-02-17', 'Tết Nguyên đán'), (DATE '2026-02-18', 'Tết Nguyên đán'),
    (DATE '2026-02-19', 'Tết Nguyên đán'), (DATE '2026-02-20', 'Tết Nguyên đán'),
    (DATE '2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'), (DATE '2026-04-30', 'Ngày Giải phóng miền Nam'),
    (DATE '2026-05-01', 'Ngày Quốc tế Lao động'),
    (DATE '2026-09-01', 'Quốc khánh'), (DATE '2026-09-02', 'Quốc khánh'),
    (DATE '2027-01-01', 'Tết Dương lịch'),
    (DATE '2027-02-04', 'Tết Nguyên đán'), (DATE '2027-02-05', 'Tết Nguyên đán'), (DATE '2027-02-08', 'Tết Nguyên đán'),
    (DATE '2027-02-09', 'Tết Nguyên đán'), (DATE '2027-02-10', 'Tết Nguyên đán'),
    (DATE '2027-04-16', 'Giỗ Tổ Hùng Vương'), (DATE '2027-04-30', 'Ngày Giải phóng miền Nam'),
    (DATE '2027-05-03', 'Ngày Quốc tế Lao động (nghỉ bù)'),
    (DATE '2027-09-02', 'Quốc khánh'), (DATE '2027-09-03', 'Quốc khánh');
