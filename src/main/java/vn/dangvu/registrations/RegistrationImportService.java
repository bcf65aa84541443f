package vn.dangvu.registrations;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.importing.CellValue;
import vn.dangvu.importing.ImportDates;
import vn.dangvu.importing.SheetTable;
import vn.dangvu.importing.SheetTableService;
import vn.dangvu.years.WorkingYearService;

/// Imports a year's registrations from an Excel or CSV sheet with one row per item: the member (card number, or full
/// name and birth date; a row that names nobody continues the member above), the content, measure, deadline and the
/// assessments. The same reading, header recognition and row/column messages as the member import. All or nothing:
/// one bad row and nothing is written; with `onlyValid` the members whose rows are all valid are written.
public final class RegistrationImportService {

    private static final SheetTableService.Columns<ImportColumn> COLUMNS = new SheetTableService.Columns<>(
            ImportColumn.class, ImportColumn::headers, m -> (m.containsKey(ImportColumn.CARD_NUMBER)
            || m.containsKey(ImportColumn.FULL_NAME)) && m.containsKey(ImportColumn.CONTENT), "registrations.import.noHeader");

    private final Database db;
    private final RegistrationService registrations;
    private final RosterRepository roster;
    private final RegistrationRepository regs;
    private final SheetTableService sheets;
    private final WorkingYearService years;
    private final Clock clock;

    public RegistrationImportService(Database db, RegistrationService registrations, RosterRepository roster,
                                     RegistrationRepository regs, SheetTableService sheets, WorkingYearService years, Clock clock) {
        this.db = db;
        this.registrations = registrations;
        this.roster = roster;
        this.regs = regs;
        this.sheets = sheets;
        this.years = years;
        this.clock = clock;
    }

    public RegistrationImportReport importFile(int year, Path file, boolean onlyValid) throws AppException {
        years.requireWritable(year);
        SheetTable<ImportColumn> table = sheets.read(file, COLUMNS);
        List<YearRoll.Facts> facts = db.read(trx -> roster.facts(trx.dsl(), Optional.empty()));
        Map<Long, Long> existing = db.read(trx -> regs.registeredMembers(trx.dsl(), year));
        Rows rows = new Rows(table, year, LocalDate.now(clock), Roster.of(facts, year, registrations.asOf(year)), facts);
        for (SheetTable.Row r : table.rows()) {
            rows.read(r);
        }
        Map<Long, List<RegistrationItem>> items = rows.items;
        for (Map.Entry<Long, List<Integer>> e : rows.rowsOf.entrySet()) {
            long member = e.getKey();
            int first = e.getValue().getFirst();
            String name = rows.names.get(member);
            if (existing.containsKey(member)) {
                rows.rejectMember(member, first, I18n.t("registrations.import.alreadyRegistered", name, year));
            } else if (items.getOrDefault(member, List.of()).size() > RegistrationRules.MAX_ITEMS) {
                rows.rejectMember(member, first, I18n.t("registrations.error.tooManyItems", items.get(member).size(),
                        RegistrationRules.MAX_ITEMS));
            }
        }
        List<RegistrationForm> forms = new ArrayList<>();
        int itemCount = 0;
        for (Map.Entry<Long, List<RegistrationItem>> e : items.entrySet()) {
            if (!rows.badMembers.contains(e.getKey())) {
                forms.add(RegistrationForm.of(year, Subject.member(e.getKey()), e.getValue()));
                itemCount += e.getValue().size();
            }
        }
        boolean write = !forms.isEmpty() && (rows.rejected.isEmpty() || onlyValid);
        if (write) {
            registrations.insertAll(year, forms);
        }
        rows.problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new RegistrationImportReport(table.sheetName(), table.headerRow(), table.rows().size(), forms.size(), itemCount,
                rows.problems, List.copyOf(rows.rejected), write);
    }

    /// The rows read so far: items per member in sheet order, problems, rejected rows and members.
    private final class Rows {
        private final SheetTable<ImportColumn> table;
        private final int year;
        private final LocalDate today;
        private final Roster roll;
        private final Map<String, YearRoll.Facts> byCard = new HashMap<>();
        private final Map<Long, YearRoll.Facts> byId = new HashMap<>();
        private final Map<String, List<YearRoll.Facts>> byNameBirth = new HashMap<>();
        final Map<Long, List<RegistrationItem>> items = new LinkedHashMap<>();
        final Map<Long, List<Integer>> rowsOf = new LinkedHashMap<>();
        final Map<Long, String> names = new HashMap<>();
        final List<RegistrationImportReport.Problem> problems = new ArrayList<>();
        final Set<Integer> rejected = new TreeSet<>();
        final Set<Long> badMembers = new HashSet<>();
        private Optional<Long> previous = Optional.empty();

        Rows(SheetTable<ImportColumn> table, int year, LocalDate today, Roster roll, List<YearRoll.Facts> facts) {
            this.table = table;
            this.year = year;
            this.today = today;
            this.roll = roll;
            for (YearRoll.Facts f : facts) {
                byId.put(f.memberId(), f);
                if (!f.cardNumber().isBlank()) {
                    byCard.put(f.cardNumber().replace(" ", "").toUpperCase(Locale.ROOT), f);
                }
                f.birthDate().ifPresent(b -> byNameBirth.computeIfAbsent(Text.fold(f.fullName()) + "|" + b,
                        k -> new ArrayList<>()).add(f));
            }
        }

        void read(SheetTable.Row r) {
            for (ImportColumn c : ImportColumn.values()) {
                CellValue v = table.cell(r, c);
                if (v.error()) {
                    error(r.number(), c, I18n.t("import.row.formulaError", v.text()));
                }
            }
            Optional<YearRoll.Facts> member = member(r);
            if (member.isEmpty()) {
                previous = Optional.empty();
                return;
            }
            long id = member.get().memberId();
            previous = Optional.of(id);
            names.put(id, member.get().fullName());
            rowsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(r.number());
            if (itemBlank(r)) {
                // a member listed with nothing registered (a sheet handed out to fill in): nothing to import
                return;
            }
            int before = rejected.size();
            Optional<RegistrationItem> item = item(r);
            if (roll.member(id).isEmpty()) {
                error(r.number(), nameColumn(), RegistrationService.notInYearMessage(member.get(), year));
            }
            if (rejected.size() > before || item.isEmpty()) {
                badMembers.add(id);
                return;
            }
            items.computeIfAbsent(id, k -> new ArrayList<>()).add(item.get());
        }

        private boolean itemBlank(SheetTable.Row r) {
            for (ImportColumn c : List.of(ImportColumn.CONTENT, ImportColumn.MEASURE, ImportColumn.DEADLINE, ImportColumn.SELF_RESULT,
                    ImportColumn.REVIEW_RESULT)) {
                if (!table.cell(r, c).blank()) {
                    return false;
                }
            }
            return true;
        }

        private ImportColumn nameColumn() {
            return table.columns().containsKey(ImportColumn.FULL_NAME) ? ImportColumn.FULL_NAME : ImportColumn.CARD_NUMBER;
        }

        /// The member a row names; a row naming nobody continues the one above.
        private Optional<YearRoll.Facts> member(SheetTable.Row r) {
            String card = Text.clean(table.cell(r, ImportColumn.CARD_NUMBER).text()).replace(" ", "")
                    .toUpperCase(Locale.ROOT);
            String name = Text.clean(table.cell(r, ImportColumn.FULL_NAME).text());
            CellValue birthCell = table.cell(r, ImportColumn.BIRTH_DATE);
            if (card.isEmpty() && name.isEmpty()) {
                if (previous.isPresent()) {
                    return Optional.of(byId.get(previous.get()));
                }
                error(r.number(), nameColumn(), I18n.t("registrations.import.noMember"));
                return Optional.empty();
            }
            if (!card.isEmpty()) {
                YearRoll.Facts f = byCard.get(card);
                if (f == null) {
                    error(r.number(), ImportColumn.CARD_NUMBER, I18n.t("registrations.import.unknownCard", card));
                    return Optional.empty();
                }
                if (!name.isEmpty() && !Text.fold(name).equals(Text.fold(f.fullName()))) {
                    error(r.number(), ImportColumn.FULL_NAME, I18n.t("registrations.import.cardNameMismatch", card, f.fullName(), name));
                    return Optional.empty();
                }
                return Optional.of(f);
            }
            ImportDates.Outcome birth = sheets.date(birthCell, today);
            if (birth.errorKey().isPresent()) {
                error(r.number(), ImportColumn.BIRTH_DATE, I18n.t(birth.errorKey().get(), birthCell.text()));
                return Optional.empty();
            }
            if (birth.value().isEmpty()) {
                error(r.number(), ImportColumn.BIRTH_DATE, I18n.t("registrations.import.birthRequired"));
                return Optional.empty();
            }
            LocalDate b = birth.value().get().date();
            List<YearRoll.Facts> found = byNameBirth.getOrDefault(Text.fold(name) + "|" + b, List.of());
            if (found.size() != 1) {
                error(r.number(), ImportColumn.FULL_NAME, found.isEmpty()
                        ? I18n.t("registrations.import.unknownName", name, Dates.format(b))
                        : I18n.t("registrations.import.ambiguousName", name, Dates.format(b), found.size()));
                return Optional.empty();
            }
            return Optional.of(found.getFirst());
        }

        private Optional<RegistrationItem> item(SheetTable.Row r) {
            String content = Text.clean(table.cell(r, ImportColumn.CONTENT).text());
            String measure = Text.clean(table.cell(r, ImportColumn.MEASURE).text());
            boolean ok = true;
            if (content.isEmpty()) {
                error(r.number(), ImportColumn.CONTENT, I18n.t("registrations.import.contentRequired"));
                ok = false;
            } else if (content.length() > RegistrationRules.MAX_TEXT) {
                error(r.number(), ImportColumn.CONTENT, I18n.t("registrations.error.tooLong", content.length(), RegistrationRules.MAX_TEXT));
                ok = false;
            }
            if (measure.length() > RegistrationRules.MAX_TEXT) {
                error(r.number(), ImportColumn.MEASURE, I18n.t("registrations.error.tooLong", measure.length(), RegistrationRules.MAX_TEXT));
                ok = false;
            }
            Optional<LocalDate> deadline = deadline(r);
            if (deadline == null) {
                ok = false;
                deadline = Optional.empty();
            }
            Assessed self = assessed(r, ImportColumn.SELF_RESULT);
            Assessed review = assessed(r, ImportColumn.REVIEW_RESULT);
            return ok ? Optional.of(new RegistrationItem(content, measure, deadline, "", self.result(), self.note(), review.result(),
                    review.note())) : Optional.empty();
        }

        /// The deadline, or null after reporting why it cannot be taken.
        private Optional<LocalDate> deadline(SheetTable.Row r) {
            CellValue v = table.cell(r, ImportColumn.DEADLINE);
            Optional<LocalDate> d;
            if (v.date().isPresent()) {
                d = v.date();
            } else {
                RegistrationRules.Deadline read = RegistrationRules.readDeadline(v.text(), year);
                if (!read.ok()) {
                    error(r.number(), ImportColumn.DEADLINE, I18n.t(read.errorKey().get(), read.text()));
                    return null;
                }
                d = read.date();
            }
            if (d.isPresent() && d.get().getYear() != year) {
                error(r.number(), ImportColumn.DEADLINE, I18n.t("registrations.error.outsideYear", Dates.format(d.get()), year));
                return null;
            }
            return d;
        }

        private record Assessed(Optional<Assessment> result, String note) {
        }

        private Assessed assessed(SheetTable.Row r, ImportColumn c) {
            String text = Text.clean(table.cell(r, c).text());
            Optional<Assessment> a = Assessment.read(text);
            if (a.isEmpty() && !text.isEmpty()) {
                warn(r.number(), c, I18n.t("registrations.import.assessmentUnread", text));
                return new Assessed(Optional.empty(), text);
            }
            boolean plain = a.isPresent() && Text.fold(text).equals(Text.fold(I18n.t(a.get().i18nKey())));
            return new Assessed(a, plain || text.length() <= 3 ? "" : text);
        }

        void rejectMember(long member, int row, String message) {
            problems.add(new RegistrationImportReport.Problem(row, table.column(nameColumn()), where(row, nameColumn()), false,
                    message));
            badMembers.add(member);
            rejected.addAll(rowsOf.getOrDefault(member, List.of()));
        }

        private void error(int row, ImportColumn c, String message) {
            problems.add(new RegistrationImportReport.Problem(row, table.column(c), where(row, c), false, message));
            rejected.add(row);
        }

        private void warn(int row, ImportColumn c, String message) {
            problems.add(new RegistrationImportReport.Problem(row, table.column(c), where(row, c) + I18n.t("import.where.warning"),
                    true, message));
        }

        private String where(int row, ImportColumn c) {
            return sheets.where(row, table.column(c), I18n.t(c.i18nKey()));
        }
    }
}
