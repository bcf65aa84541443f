package vn.dangvu.importing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.dangvu.common.Dates;
import vn.dangvu.common.PersonName;
import vn.dangvu.common.Text;
import vn.dangvu.members.CarriedBadge;
import vn.dangvu.party.Gender;
import vn.dangvu.party.Probation;

/// Validation of one imported row: every problem names the row, the column and the field.
/// Pure: no I/O; the service adds file-wide checks (duplicates, cells, database matches).
public final class ImportRowRules {

    public static final int MAX_NAME_LENGTH = 80;
    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L}\\p{M} .'\\-]+");
    private static final Pattern CARD = Pattern.compile("[A-Za-z0-9.\\-/]{1,30}");
    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    private static final Pattern CCCD_11 = Pattern.compile("\\d{11}");
    private static final Pattern CCCD_SPACES = Pattern.compile("[\\s.]");
    /// The longest free texts the database keeps (column sizes in V1__schema.sql: party_unit.name, party_member.*).
    private static final Map<ImportField, Integer> MAX_TEXT = new EnumMap<>(Map.of(ImportField.CELL, 200,
            ImportField.HOME_TOWN, 300, ImportField.ADDRESS, 500, ImportField.OCCUPATION, 200, ImportField.PHONE, 30,
            ImportField.NOTE, 2000));

    private ImportRowRules() {
    }

    /// Parsed member (empty when the row has an error) and all problems of the row.
    public record Outcome(Optional<ImportedMember> member, List<ImportProblem> problems) {
    }

    public static Outcome validate(int row, List<CellValue> cells, Map<ImportField, Integer> map, Optional<String> defaultCell,
                                   LocalDate today) {
        return validate(row, cells, map, Map.of(), defaultCell, today);
    }

    /// [#validate] for a list whose badge milestones take two columns each (`badgePairs`: the mapped column -> the
    /// other one, e.g. the award date and the decision number under "Huy hiệu 30 năm").
    public static Outcome validate(int row, List<CellValue> cells, Map<ImportField, Integer> map, Map<Integer, Integer> badgePairs,
                                   Optional<String> defaultCell, LocalDate today) {
        Ctx c = new Ctx(row, cells, map, new ArrayList<>());
        for (var e : map.entrySet()) {
            CellValue v = c.cell(e.getKey());
            if (v.error()) {
                c.error(e.getKey(), "import.row.formulaError", v.text());
            }
        }
        PersonName name = name(c);
        Optional<Gender> gender = gender(c, name);
        Optional<ImportDates.Parsed> birth = date(c, ImportField.BIRTH_DATE, today, true);
        Optional<ImportDates.Parsed> admission = date(c, ImportField.ADMISSION_DATE, today, true);
        Optional<ImportDates.Parsed> full = date(c, ImportField.FULL_MEMBERSHIP_DATE, today, false);
        if (birth.isPresent() && admission.isPresent()) {
            long age = ChronoUnit.YEARS.between(birth.get().date(), admission.get().date());
            if (!birth.get().date().isBefore(admission.get().date())) {
                c.error(ImportField.ADMISSION_DATE, "import.row.admissionBeforeBirth");
            } else if (age < 18 || age > 60) {
                c.warn(ImportField.ADMISSION_DATE, "import.row.admissionAge", age);
            }
        }
        if (admission.isPresent() && full.isPresent() && !full.get().date().isAfter(admission.get().date())) {
            c.error(ImportField.FULL_MEMBERSHIP_DATE, "import.row.fullBeforeAdmission");
        }
        Optional<String> card = text(c, ImportField.CARD_NUMBER).map(s -> s.replace(" ", ""));
        if (card.isPresent() && !CARD.matcher(card.get()).matches()) {
            c.error(ImportField.CARD_NUMBER, "import.row.cardFormat", card.get());
        }
        Optional<String> cccd = text(c, ImportField.CCCD).map(s -> CCCD_SPACES.matcher(s).replaceAll(""));
        if (cccd.isPresent() && !CCCD.matcher(cccd.get()).matches()) {
            c.error(ImportField.CCCD, CCCD_11.matcher(cccd.get()).matches() ? "import.row.cccdLeadingZero" : "import.row.cccdFormat",
                    cccd.get(), cccd.get().length());
        }
        Optional<String> cell = text(c, ImportField.CELL).or(() -> defaultCell);
        if (cell.isEmpty()) {
            c.error(ImportField.CELL, "import.row.required", "import.field.CELL");
        }
        MAX_TEXT.forEach((f, max) -> text(c, f).filter(t -> t.length() > max)
                .ifPresent(t -> c.error(f, "import.row.textTooLong", f.i18nKey(), t.length(), max)));
        // Without a full-membership date the member is imported as probationary (the rules give OFFICIAL only
        // through a full-membership date); past the 12 months of probation the list most likely lacks the date.
        if (full.isEmpty() && admission.isPresent() && !Probation.end(admission.get().date()).isAfter(today)) {
            c.warn(ImportField.FULL_MEMBERSHIP_DATE, "import.row.noFullDate");
        }
        List<CarriedBadge> badges = badges(c, badgePairs, today, admission);
        if (c.problems.stream().anyMatch(p -> !p.warning())) {
            return new Outcome(Optional.empty(), c.problems);
        }
        return new Outcome(Optional.of(new ImportedMember(row, name, gender.orElseThrow(), birth.orElseThrow(), admission.orElseThrow(),
                full, card, cccd, cell.orElseThrow(), text(c, ImportField.ETHNICITY), text(c, ImportField.RELIGION),
                text(c, ImportField.HOME_TOWN), text(c, ImportField.ADDRESS), text(c, ImportField.OCCUPATION),
                text(c, ImportField.PHONE), text(c, ImportField.NOTE), badges)), c.problems);
    }

    private static PersonName name(Ctx c) {
        PersonName name;
        ImportField field = ImportField.FULL_NAME;
        if (c.map.containsKey(ImportField.FULL_NAME)) {
            name = PersonName.parse(c.cell(ImportField.FULL_NAME).text());
        } else {
            PersonName familyMiddle = PersonName.parse(c.cell(ImportField.FAMILY_NAME).text() + " x");
            name = new PersonName(familyMiddle.family(), familyMiddle.middle(), Text.clean(c.cell(ImportField.GIVEN_NAME).text()));
            field = ImportField.GIVEN_NAME;
        }
        String full = name.full();
        if (full.isEmpty() || name.given().isEmpty()) {
            c.error(field, "import.row.required", "import.field.FULL_NAME");
        } else if (full.length() > MAX_NAME_LENGTH) {
            c.error(field, "import.row.nameTooLong", full.length(), MAX_NAME_LENGTH);
        } else if (!NAME_CHARS.matcher(full).matches()) {
            c.error(field, "import.row.nameCharacters", badChars(full));
        } else if (name.family().isEmpty()) {
            c.error(field, "import.row.nameOneWord", full);
        }
        return name;
    }

    /// The distinct characters a name may not contain, in order of appearance: ") ; _".
    private static String badChars(String name) {
        StringBuilder sb = new StringBuilder();
        name.replaceAll("[\\p{L}\\p{M} .'\\-]", "").codePoints().distinct().forEach(cp -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    private static Optional<Gender> gender(Ctx c, PersonName name) {
        Optional<String> g = text(c, ImportField.GENDER).map(Text::fold);
        if (g.isPresent()) {
            switch (g.get()) {
                case "nam", "m", "male", "trai" -> {
                    return Optional.of(Gender.MALE);
                }
                case "nu", "f", "female", "gai" -> {
                    return Optional.of(Gender.FEMALE);
                }
                default -> {
                    c.error(ImportField.GENDER, "import.row.genderValue", c.cell(ImportField.GENDER).text());
                    return Optional.empty();
                }
            }
        }
        String middle = Text.fold(name.middle());
        String guessed = c.map.containsKey(ImportField.GENDER) ? "import.row.genderEmptyGuessed" : "import.row.genderGuessed";
        if (middle.startsWith("thi")) {
            c.warn(ImportField.GENDER, guessed, "member.gender.FEMALE");
            return Optional.of(Gender.FEMALE);
        }
        if (middle.startsWith("van")) {
            c.warn(ImportField.GENDER, guessed, "member.gender.MALE");
            return Optional.of(Gender.MALE);
        }
        c.error(ImportField.GENDER, "import.row.required", "import.field.GENDER");
        return Optional.empty();
    }

    private static Optional<ImportDates.Parsed> date(Ctx c, ImportField f, LocalDate today, boolean required) {
        CellValue v = c.cell(f);
        if (v.error()) {
            return Optional.empty();
        }
        ImportDates.Outcome o = v.date().isPresent() ? ImportDates.of(v.date().get(), today) : ImportDates.parse(v.text(), today);
        o.errorKey().ifPresent(k -> c.error(f, k, v.text()));
        if (o.value().isEmpty() && o.errorKey().isEmpty() && required) {
            c.error(f, "import.row.required", f.i18nKey());
        }
        return o.value();
    }

    private static final Pattern YES = Pattern.compile("x|v|co|roi|da trao|da nhan|da tang|\\+|1|yes|true");
    private static final Pattern NO = Pattern.compile("-|0|khong|chua|no|false");
    private static final Pattern DATE_IN_TEXT = Pattern.compile("\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{4}");

    /// The badges a row carries in: per milestone column, "x" (awarded, nothing more known), a date (the award
    /// date), a decision number ("123-QĐ/TU"), or both ("QĐ 123-QĐ/TU ngày 03/02/2016"); blank, "không", "-": not awarded.
    /// A milestone in two columns (date and number) is read from both.
    private static List<CarriedBadge> badges(Ctx c, Map<Integer, Integer> pairs, LocalDate today,
                                             Optional<ImportDates.Parsed> admission) {
        List<CarriedBadge> out = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            if (f.milestone() == 0 || !c.map.containsKey(f)) {
                continue;
            }
            Optional<CarriedBadge> b = badge(c, f, c.cell(f), today);
            Integer other = pairs.get(c.map.get(f));
            if (other != null && other < c.cells.size()) {
                Optional<CarriedBadge> b2 = badge(c, f, c.cells.get(other), today);
                if (b2.isPresent()) {
                    b = Optional.of(b.map(x -> new CarriedBadge(f.milestone(), x.awarded().or(b2.get()::awarded),
                            x.decisionNo().or(b2.get()::decisionNo))).orElse(b2.get()));
                }
            }
            if (b.isEmpty()) {
                continue;
            }
            Optional<LocalDate> date = b.get().awarded();
            if (admission.isPresent() && date.isPresent() && date.get().isBefore(admission.get().date().plusYears(f.milestone()).minusYears(2))) {
                c.error(f, "import.row.badgeBeforeMilestone", f.milestone(), Dates.format(date.get()));
                continue;
            }
            out.add(b.get());
        }
        return out;
    }

    /// One badge cell: empty when blank, "không"… or wrong (the error is added).
    private static Optional<CarriedBadge> badge(Ctx c, ImportField f, CellValue v, LocalDate today) {
        if (v.error() || v.blank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Optional.empty();
        Optional<String> decision = Optional.empty();
        if (v.date().isPresent()) {
            date = v.date();
        } else {
            String raw = Text.clean(v.text());
            String folded = Text.fold(raw);
            if (NO.matcher(folded).matches()) {
                return Optional.empty();
            }
            if (!YES.matcher(folded).matches()) {
                ImportDates.Outcome whole = ImportDates.parse(raw, today);
                var m = DATE_IN_TEXT.matcher(raw);
                if (whole.value().isPresent()) {
                    date = whole.value().map(ImportDates.Parsed::date);
                } else if (m.find()) {
                    ImportDates.Outcome part = ImportDates.parse(m.group(), today);
                    if (part.errorKey().isPresent()) {
                        c.error(f, part.errorKey().get(), m.group());
                        return Optional.empty();
                    }
                    date = part.value().map(ImportDates.Parsed::date);
                    decision = Optional.of(Text.clean(raw.replace(m.group(), " ").replaceAll("(?i)\\bng[aà]y\\s*$", "")))
                            .filter(s -> !s.isEmpty());
                } else if (raw.matches(".*\\d.*") && raw.length() <= 100) {
                    decision = Optional.of(raw);
                } else {
                    c.error(f, "import.row.badgeValue", raw, f.milestone());
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new CarriedBadge(f.milestone(), date, decision));
    }

    private static Optional<String> text(Ctx c, ImportField f) {
        CellValue v = c.cell(f);
        return v.error() ? Optional.empty() : Optional.ofNullable(Text.cleanOrNull(v.text()));
    }

    private record Ctx(int row, List<CellValue> cells, Map<ImportField, Integer> map, List<ImportProblem> problems) {

        CellValue cell(ImportField f) {
            Integer col = map.get(f);
            return col == null || col >= cells.size() ? CellValue.EMPTY : cells.get(col);
        }

        String column(ImportField f) {
            Integer col = map.get(f);
            return col == null ? "" : ImportProblem.columnName(col);
        }

        void error(ImportField f, String key, Object... args) {
            problems.add(new ImportProblem(row, column(f), f, false, key, args));
        }

        void warn(ImportField f, String key, Object... args) {
            problems.add(new ImportProblem(row, column(f), f, true, key, args));
        }
    }
}
