-- The member list is read whole and searched in memory (MemberIndex, ADR 0010). What served a search in SQL
-- goes: the per-word table (a third of the rows an import wrote) and two indexes no query uses any more (the
-- list is sorted once when read; every insert paid for them).
DROP TABLE member_name_token;
DROP INDEX ix_member_given_fold;
DROP INDEX ix_member_sort_key;
