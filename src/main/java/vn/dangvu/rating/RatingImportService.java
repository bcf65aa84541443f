package vn.dangvu.rating;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.dangvu.importing.CellValue;
import vn.dangvu.importing.ImportDates;
import vn.dangvu.importing.SheetTable;
import vn.dangvu.importing.SheetTableService;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.years.WorkingYearService;

/// Imports a year's ratings from an Excel or CSV sheet, one row per member: the member (card number, or full name and
/// birth date) among those of the commune's rating of the year, the committee's level (words or abbreviation) and,
/// under a rule set with scores, the score; optionally the self-assessment, the cell's proposal, the cell, a reason
/// and the justification of an HTXSNV over the quota. The same reading and "Dòng 7, cột C (…)" messages as the member
/// import, the same checks as the screen ([RatingService#check]). All or nothing: one bad row and nothing is written;
/// with `onlyValid` the valid rows are written.
public final class RatingImportService {

    private static final SheetTableService.Columns<RatingColumn> COLUMNS = new SheetTableService.Columns<>(RatingColumn.class,
            RatingColumn::headers, m -> (m.containsKey(RatingColumn.CARD_NUMBER) || m.containsKey(RatingColumn.FULL_NAME))
            && m.containsKey(RatingColumn.LEVEL), "rating.import.noHeader");

    private final RatingService rating;
    private final SheetTableService sheets;
    private final WorkingYearService years;
    private final Clock clock;

    public RatingImportService(RatingService rating, SheetTableService sheets, WorkingYearService years, Clock clock) {
        this.rating = rating;
        this.sheets = sheets;
        this.years = years;
        this.clock = clock;
    }

    public RatingImportReport importFile(int year, Path file, boolean onlyValid) throws AppException {
        years.requireWritable(year);
        SheetTable<RatingColumn> table = sheets.read(file, COLUMNS);
        Roster roster = rating.roster(year);
        Rows rows = new Rows(table, roster, LocalDate.now(clock));
        for (SheetTable.Row r : table.rows()) {
            rows.read(r);
        }
        List<Integer> valid = new ArrayList<>(rows.inputs.keySet());
        List<Optional<AppException>> refusals = rating.check(year, valid.stream().map(rows.inputs::get).toList());
        for (int i = 0; i < valid.size(); i++) {
            if (refusals.get(i).isPresent()) {
                rows.error(valid.get(i), column(refusals.get(i).get()), refusals.get(i).get().userMessage());
            }
        }
        valid.removeIf(rows.rejected::contains);
        if (onlyValid && !rows.rejected.isEmpty()) {
            // without the refused rows the quota may count differently: check the rest again until it holds
            for (boolean again = true; again && !valid.isEmpty(); ) {
                List<Optional<AppException>> second = rating.check(year, valid.stream().map(rows.inputs::get).toList());
                again = false;
                for (int i = 0; i < valid.size(); i++) {
                    if (second.get(i).isPresent()) {
                        rows.error(valid.get(i), RatingColumn.LEVEL, second.get(i).get().userMessage());
                        again = true;
                    }
                }
                valid.removeIf(rows.rejected::contains);
            }
        }
        boolean write = !valid.isEmpty() && (rows.rejected.isEmpty() || onlyValid);
        if (write) {
            rating.saveAll(year, valid.stream().map(rows.inputs::get).toList());
        }
        rows.problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new RatingImportReport(table.sheetName(), table.headerRow(), table.rows().size(), write ? valid.size() : 0,
                rows.problems, List.copyOf(rows.rejected), write);
    }

    /// The rows read so far: the input of each valid row, the problems and the rows refused.
    private final class Rows {
        private final SheetTable<RatingColumn> table;
        private final Roster roster;
        private final LocalDate today;
        private final int year;
        private final Map<String, RosterMember> byCard = new HashMap<>();
        private final Map<String, List<RosterMember>> byNameBirth = new HashMap<>();
        private final Map<String, PartyUnit> unitsByName = new HashMap<>();
        final Map<Integer, RatingInput> inputs = new LinkedHashMap<>();
        final List<RatingImportReport.Problem> problems = new ArrayList<>();
        final Set<Integer> rejected = new TreeSet<>();

        Rows(SheetTable<RatingColumn> table, Roster roster, LocalDate today) {
            this.table = table;
            this.roster = roster;
            this.today = today;
            this.year = roster.year().year();
            for (RosterMember m : roster.members()) {
                if (!m.cardNumber().isBlank()) {
                    byCard.put(card(m.cardNumber()), m);
                }
                m.birthDate().ifPresent(b -> byNameBirth.computeIfAbsent(Text.fold(m.fullName()) + "|" + b, k -> new ArrayList<>()).add(m));
            }
            roster.units().values().forEach(u -> unitsByName.put(Text.fold(u.name()), u));
        }

        void read(SheetTable.Row r) {
            int before = rejected.size();
            for (RatingColumn c : RatingColumn.values()) {
                CellValue v = table.cell(r, c);
                if (v.error()) {
                    error(r.number(), c, I18n.t("import.row.formulaError", v.text()));
                }
            }
            Optional<RosterMember> m = member(r);
            if (m.isEmpty()) {
                return;
            }
            cell(r, m.get());
            Grade decision = grade(r, RatingColumn.LEVEL, RatingColumn.SCORE, true);
            Grade self = grade(r, RatingColumn.SELF_LEVEL, RatingColumn.SELF_SCORE, false);
            Grade proposal = grade(r, RatingColumn.PROPOSAL_LEVEL, null, false);
            if (rejected.size() == before) {
                String justification = Text.clean(table.cell(r, RatingColumn.JUSTIFICATION).text());
                inputs.put(r.number(), new RatingInput(year, Subject.member(m.get().memberId()), self, proposal, decision,
                        Text.clean(table.cell(r, RatingColumn.REASON).text()), justification.isEmpty() ? Optional.empty()
                        : Optional.of(justification)));
            }
        }

        /// The member a row names, among the commune's members of the year's rating.
        private Optional<RosterMember> member(SheetTable.Row r) {
            String card = card(table.cell(r, RatingColumn.CARD_NUMBER).text());
            String name = Text.clean(table.cell(r, RatingColumn.FULL_NAME).text());
            if (card.isEmpty() && name.isEmpty()) {
                error(r.number(), nameColumn(), I18n.t("rating.import.noMember"));
                return Optional.empty();
            }
            if (!card.isEmpty()) {
                RosterMember m = byCard.get(card);
                if (m == null) {
                    error(r.number(), RatingColumn.CARD_NUMBER, I18n.t("rating.import.unknownCard", card, communeName(), year));
                    return Optional.empty();
                }
                if (!name.isEmpty() && !Text.fold(name).equals(Text.fold(m.fullName()))) {
                    error(r.number(), RatingColumn.FULL_NAME, I18n.t("rating.import.cardNameMismatch", card, m.fullName(), name));
                    return Optional.empty();
                }
                return Optional.of(m);
            }
            CellValue birthCell = table.cell(r, RatingColumn.BIRTH_DATE);
            ImportDates.Outcome birth = sheets.date(birthCell, today);
            if (birth.errorKey().isPresent()) {
                error(r.number(), RatingColumn.BIRTH_DATE, I18n.t(birth.errorKey().get(), birthCell.text()));
                return Optional.empty();
            }
            if (birth.value().isEmpty()) {
                error(r.number(), RatingColumn.BIRTH_DATE, I18n.t("rating.import.birthRequired", name));
                return Optional.empty();
            }
            LocalDate b = birth.value().get().date();
            List<RosterMember> found = byNameBirth.getOrDefault(Text.fold(name) + "|" + b, List.of());
            if (found.size() != 1) {
                error(r.number(), RatingColumn.FULL_NAME, found.isEmpty()
                        ? I18n.t("rating.import.unknownName", name, Dates.format(b), communeName(), year)
                        : I18n.t("rating.import.ambiguousName", name, Dates.format(b), found.size()));
                return Optional.empty();
            }
            return Optional.of(found.getFirst());
        }

        /// The cell column, when there: a cell of another commune refuses the row; another cell of this commune is
        /// a warning (the member is rated where they attend on the rating date).
        private void cell(SheetTable.Row r, RosterMember m) {
            String typed = Text.clean(table.cell(r, RatingColumn.CELL).text());
            if (typed.isEmpty()) {
                return;
            }
            PartyUnit u = unitsByName.get(Text.fold(typed));
            String rated = roster.units().get(m.cellId()).name();
            if (u == null) {
                error(r.number(), RatingColumn.CELL, I18n.t("rating.import.foreignCell", typed, communeName()));
            } else if (u.id() != m.cellId()) {
                warn(r.number(), RatingColumn.CELL, I18n.t("rating.import.otherCell", m.fullName(), rated, typed));
            }
        }

        private Grade grade(SheetTable.Row r, RatingColumn levelColumn, RatingColumn scoreColumn, boolean required) {
            String text = Text.clean(table.cell(r, levelColumn).text());
            Optional<Level> level = Level.read(text);
            if (level.isEmpty() && !text.isEmpty()) {
                error(r.number(), levelColumn, I18n.t("rating.import.unknownLevel", text));
            } else if (level.isEmpty() && required) {
                error(r.number(), levelColumn, I18n.t("rating.import.levelRequired"));
            }
            Optional<BigDecimal> score = Optional.empty();
            if (scoreColumn != null) {
                CellValue cell = table.cell(r, scoreColumn);
                RatingRules.ScoreReading s = RatingRules.readScore(cell.text());
                if (!s.ok()) {
                    error(r.number(), scoreColumn, I18n.t(s.errorKey().get(), cell.text()));
                }
                score = s.score();
            }
            return new Grade(level, score);
        }

        private String communeName() {
            return roster.units().values().stream().filter(u -> u.parentId().isEmpty()).map(PartyUnit::name).findFirst().orElse("");
        }

        private RatingColumn nameColumn() {
            return table.columns().containsKey(RatingColumn.FULL_NAME) ? RatingColumn.FULL_NAME : RatingColumn.CARD_NUMBER;
        }

        void error(int row, RatingColumn c, String message) {
            problems.add(new RatingImportReport.Problem(row, where(row, c), message, false));
            rejected.add(row);
        }

        void warn(int row, RatingColumn c, String message) {
            problems.add(new RatingImportReport.Problem(row, where(row, c) + I18n.t("import.where.warning"), message, true));
        }

        private String where(int row, RatingColumn c) {
            return sheets.where(row, table.column(c), I18n.t(c.i18nKey()));
        }
    }

    /// The column a refusal is about: the score's for a score, the level's otherwise.
    private static RatingColumn column(AppException e) {
        if (e instanceof FieldRefusal f) {
            return switch (f.field()) {
                case DECISION_SCORE -> RatingColumn.SCORE;
                case SELF_LEVEL -> RatingColumn.SELF_LEVEL;
                case SELF_SCORE -> RatingColumn.SELF_SCORE;
                case PROPOSAL_LEVEL, PROPOSAL_SCORE -> RatingColumn.PROPOSAL_LEVEL;
                default -> RatingColumn.LEVEL;
            };
        }
        return RatingColumn.LEVEL;
    }

    private static String card(String text) {
        return Text.clean(text).replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
