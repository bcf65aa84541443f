-- Issue 8 "Import": members whose Party badges already awarded (huy hiệu Đảng) are not known, because they came from
-- a list without badge columns. The badge due list says "chưa có dữ liệu huy hiệu" for them instead of "quá hạn",
-- until their history is carried in or a committee marks the milestones before a date as awarded. (Which import
-- marked them is in the audit trail; the row is kept to the key, as an import of 10,000 members writes 10,000.)
CREATE TABLE badge_history_unknown (
    member_id    BIGINT       NOT NULL PRIMARY KEY,
    CONSTRAINT fk_badge_unknown_member FOREIGN KEY (member_id) REFERENCES party_member (id)
);
