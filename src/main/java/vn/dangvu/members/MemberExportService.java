package vn.dangvu.members;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.document.TableExporter;

/// Exports a member list to .xlsx or .csv: the standard columns, or exactly the columns a screen shows.
public final class MemberExportService {

    /// The columns a member list can show and export. The i18n key is "member.column.<NAME>".
    public enum Column {
        FULL_NAME, BIRTH_DATE, GENDER, UNIT, STATUS, ADMISSION_DATE, CARD_NUMBER, ETHNICITY, THEORY_LEVEL,
        FULL_MEMBERSHIP_DATE, PARTY_AGE;

        public String i18nKey() {
            return "member.column." + name();
        }

        public Object value(MemberRow r) {
            return switch (this) {
                case FULL_NAME -> r.fullName();
                case BIRTH_DATE -> r.birthShown();
                case GENDER -> I18n.t(r.gender().i18nKey());
                case UNIT -> r.unitName();
                case STATUS -> I18n.t(r.status().i18nKey());
                case ADMISSION_DATE -> r.admissionDecisionDate();
                case CARD_NUMBER -> r.cardNumber();
                case ETHNICITY -> r.ethnicityName();
                case THEORY_LEVEL -> r.theoryLevelName();
                case FULL_MEMBERSHIP_DATE -> r.fullMembershipDate();
                case PARTY_AGE -> r.partyAgeYears();
            };
        }
    }

    private final MemberService members;

    public MemberExportService(MemberService members) {
        this.members = members;
    }

    /// Exports the members of a query with every column; returns how many rows were written.
    public int write(Path out, MemberQuery q) throws AppException {
        List<MemberRow> rows = members.list(q);
        write(out, Arrays.asList(Column.values()), rows);
        return rows.size();
    }

    /// Exports exactly these rows and columns (what a list on screen shows).
    public void write(Path out, List<Column> columns, List<MemberRow> rows) throws AppException {
        List<String> headers = columns.stream().map(c -> I18n.t(c.i18nKey())).toList();
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (MemberRow r : rows) {
            List<Object> line = new ArrayList<>(columns.size());
            for (Column c : columns) {
                line.add(c.value(r));
            }
            cells.add(line);
        }
        TableExporter.write(out, I18n.t("member.export.sheet"), headers, cells);
    }
}
