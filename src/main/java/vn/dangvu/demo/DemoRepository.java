package vn.dangvu.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/// SQL for the demo generator: plain JDBC batches in one transaction (perf-baselines.md §2: about 1.8× faster
/// than jOOQ batches). Bulk tables get explicit ids so children can refer to them without a round trip;
/// [#restartIdentity] then moves each identity past the ids used.
final class DemoRepository {

    /// The insert statements, one per table. Column order is the order of [Batch#add(Object...)].
    enum Insert {
        MEMBER("party_member", true, "id, unit_id, family_name, middle_name, given_name, full_name, full_name_fold,"
                + " given_name_fold, sort_key, gender, birth_date, home_town, ethnicity_code, religion_code, occupation,"
                + " is_retired, is_army_or_police, admission_decision_date, admission_decision_no,"
                + " admission_decision_issuer, admission_ceremony_date, admission_unit_name, full_membership_date,"
                + " full_membership_decision_no, card_number, card_issue_date, status, general_education, theory_level"),
        EVENT("membership_event", false, "member_id, event_type, event_date, decision_no, decision_date, issuer,"
                + " from_unit_id, to_unit_id, external_unit_name, expected_return_date, status_before, status_after"),
        INTERRUPTION("membership_interruption", false, "member_id, from_date, to_date, reason, note"),
        LEADERSHIP("leadership_assignment", false, "unit_id, member_id, leader_role, from_date, to_date, term_label,"
                + " term_end_date, decision_no"),
        WORKING_YEAR("working_year", false, "work_year, rule_set_code, status, locked_at, note"),
        THEME("annual_theme", true, "id, work_year, scope, title, source_doc, study_deadline"),
        EVALUATION("evaluation", false, "work_year, subject_type, member_id, unit_id, unit_id_at_rating, rule_set_code,"
                + " exempt, exempt_reason, form_kind, self_score, self_level, cell_proposal_level, appraisal_score,"
                + " appraisal_level, final_score, final_level, decision_date"),
        REGISTRATION("learning_registration", true, "id, work_year, member_id, unit_id, theme_id, study_items,"
                + " pledge_text, registered_date, status, year_end_self_result, cell_comment, result_level"),
        REGISTRATION_ITEM("registration_item", false, "registration_id, seq, action_text, measures, deadline, result"),
        COLLECTIVE_REGISTRATION("collective_registration", false, "work_year, unit_id, target_level, content, status"),
        TERM("committee_term", true, "id, label, start_year, end_year, start_date, end_date"),
        DOCUMENT_NUMBER("document_number", true, "id, term_id, doc_type, issuer_code, seq, number_text, issued_date,"
                + " title"),
        DECISION("commendation_decision", true, "id, work_year, decision_kind, document_number_id, number_text,"
                + " decision_date, issuer_body, title, basis_text, signer_authority, signer_title, signer_name,"
                + " reward_per_collective, reward_per_individual, status"),
        ENTRY("commendation_entry", false, "decision_id, recipient_type, member_id, unit_id, recipient_name, award_form,"
                + " achievement_text, cash_amount, registry_no, awarded_date"),
        BADGE("badge_award", false, "member_id, milestone_years, round_date, decision_no, decision_date, issuer,"
                + " badge_number, awarded_date, early, posthumous, ceremony_place, cash_amount");

        final String table;
        final boolean explicitId;
        final String sql;

        Insert(String table, boolean explicitId, String columns) {
            this.table = table;
            this.explicitId = explicitId;
            int n = columns.split(",").length;
            this.sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(n - 1) + "?)";
        }
    }

    /// A prepared insert sent and committed every 1,000 rows. A batch of child rows first sends the pending
    /// rows of its parent batch, so foreign keys always find their row.
    static final class Batch implements AutoCloseable {

        private static final int SIZE = 1000;
        private final PreparedStatement ps;
        private Batch parent;
        private int pending;
        private int rows;

        private Batch(PreparedStatement ps) {
            this.ps = ps;
        }

        Batch after(Batch p) {
            this.parent = p;
            return this;
        }

        void flush() throws SQLException {
            if (parent != null) {
                parent.flush();
            }
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
                ps.getConnection().commit();
            }
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.addBatch();
            rows++;
            if (++pending == SIZE) {
                flush();
            }
        }

        int rows() {
            return rows;
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                ps.close();
            }
        }
    }

    Batch batch(Connection c, Insert insert) throws SQLException {
        return new Batch(c.prepareStatement(insert.sql));
    }

    /// The first free id of a table with explicit ids.
    long nextId(Connection c, Insert insert) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + insert.table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /// After explicit ids, the identity must continue after them or the app's next insert would collide.
    void restartIdentity(Connection c, Insert insert) throws SQLException {
        long next = nextId(c, insert);
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE " + insert.table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    /// MVStore auto-commit delay in ms (H2 SET WRITE_DELAY); the app runs with 0, see DemoService.
    void writeDelay(Connection c, int ms) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET WRITE_DELAY " + ms);
        }
    }

    /// True when the file holds no organisation and no members yet.
    boolean isEmpty(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM party_member)"
                     + " + (SELECT COUNT(*) FROM organization_settings) + (SELECT COUNT(*) FROM working_year)")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    long currentTermId(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_term_id FROM organization_settings WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
