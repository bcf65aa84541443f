package vn.dangvu.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jooq.DSLContext;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberNames;
import vn.dangvu.members.MemberService;
import vn.dangvu.party.CellType;
import vn.dangvu.party.UnitKind;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitService;

/// Imports the member list a commune keeps in Excel or CSV. All or nothing by default: one invalid row and
/// nothing is written; with "only valid rows" the valid ones are written. Everything is one transaction.
/// Re-importing the same file updates instead of duplicating (match: card number, else CCCD, else name + birth date).
public final class MemberImportService {

    private static final int HEADER_SCAN_ROWS = 30;
    private static final int BULK_WRITE_DELAY_MS = 500;

    private final Database db;
    private final MemberImportRepository repo;
    private final UnitService units;
    private final MemberService members;
    private final AuditService audit;

    public MemberImportService(Database db, MemberImportRepository repo, UnitService units, MemberService members,
                               AuditService audit) {
        this.db = db;
        this.repo = repo;
        this.units = units;
        this.members = members;
        this.audit = audit;
    }

    public ImportReport importFile(Path file, ImportOptions o) throws AppException {
        SheetData sheet = SheetReader.read(file);
        int headerRow = HeaderMatcher.findHeaderRow(SheetReader.texts(sheet.rows(), HEADER_SCAN_ROWS))
                .orElseThrow(() -> new AppException("import.file.noHeader", sheet.sheetName()));
        Map<ImportField, Integer> mapping = o.mapping().orElseGet(() -> HeaderMatcher.mapRow(
                sheet.rows().get(headerRow).stream().map(CellValue::text).toList()));
        checkMapping(mapping, o);
        List<ImportProblem> problems = new ArrayList<>();
        Set<Integer> rejected = new TreeSet<>();
        List<ImportedMember> valid = new ArrayList<>();
        int read = 0;
        for (int r = headerRow + 1; r < sheet.rows().size(); r++) {
            List<CellValue> cells = sheet.rows().get(r);
            // a row holding only its number (STT) is one of the empty numbered rows lists keep at the bottom
            if (mapping.entrySet().stream().allMatch(e -> e.getKey() == ImportField.SEQ || e.getValue() >= cells.size()
                    || cells.get(e.getValue()).blank()) || repeatedHeader(cells, mapping)) {
                continue;
            }
            read++;
            int rowNo = r + 1;
            ImportRowRules.Outcome out = ImportRowRules.validate(rowNo, cells, mapping, o.defaultCell(), o.today());
            problems.addAll(out.problems());
            out.member().ifPresentOrElse(valid::add, () -> rejected.add(rowNo));
        }
        if (read == 0) {
            throw new AppException("import.file.noRows", sheet.sheetName(), headerRow + 1);
        }
        duplicatesInFile(valid, mapping, problems, rejected);
        int rowsRead = read;
        long root = units.root().map(PartyUnit::id).orElse(-1L);
        if (root < 0) {
            throw new AppException("import.error.noSetup");
        }
        // The import is one transaction (all or nothing). Under the app's WRITE_DELAY=0 a big transaction makes
        // MVStore write a chunk per batch statement (measured: about 10 s and a bloated file for 10,000 rows);
        // with the 500 ms delay for the duration of the import the same writes take a fraction of that. Durability
        // is unchanged: db.save ends with CHECKPOINT SYNC before returning, and a crash before the commit rolls
        // the whole import back.
        repo.writeDelay(db.dsl(), BULK_WRITE_DELAY_MS);
        ImportReport report;
        try {
            report = write(file, o, sheet, headerRow, mapping, problems, rejected, valid, rowsRead, root);
        } finally {
            repo.writeDelay(db.dsl(), 0);
        }
        if (report.written()) {
            members.invalidate();
        }
        return report;
    }

    private ImportReport write(Path file, ImportOptions o, SheetData sheet, int headerRow, Map<ImportField, Integer> mapping,
                               List<ImportProblem> problems, Set<Integer> rejected, List<ImportedMember> valid, int rowsRead,
                               long root) throws AppException {
        return db.change(trx -> {
            DSLContext t = trx.dsl();
            Map<String, Long> cellIds = new HashMap<>();
            Map<String, String> toCreate = new LinkedHashMap<>();
            for (ImportedMember m : valid) {
                String key = Text.fold(m.cellName());
                if (!cellIds.containsKey(key) && !toCreate.containsKey(key)) {
                    Optional<PartyUnit> u = units.findByName(m.cellName());
                    if (u.isPresent()) {
                        cellIds.put(key, u.get().id());
                    } else {
                        toCreate.put(key, m.cellName());
                    }
                }
            }
            if (!o.createMissingCells()) {
                for (ImportedMember m : valid) {
                    if (toCreate.containsKey(Text.fold(m.cellName()))) {
                        reject(problems, rejected, m, mapping, ImportField.CELL, "import.row.unknownCell", m.cellName());
                    }
                }
                toCreate.clear();
            }
            MemberImportRepository.MatchKeys keys = repo.matchKeys(t);
            Map<String, String> ethnicity = repo.codesByName(t, "ETHNICITY");
            Map<String, String> religion = repo.codesByName(t, "RELIGION");
            List<MemberImportRepository.Row> inserts = new ArrayList<>();
            List<MemberImportRepository.Row> updates = new ArrayList<>();
            List<Long> updateIds = new ArrayList<>();
            Map<Long, Integer> matchedBy = new HashMap<>();
            for (ImportedMember m : valid) {
                if (rejected.contains(m.row())) {
                    continue;
                }
                MemberNames names = MemberNames.of(m.name());
                Optional<Long> match = m.cardNumber().map(keys.byCard()::get)
                        .or(() -> m.cccd().map(keys.byCccd()::get))
                        .or(() -> Optional.ofNullable(keys.byNameBirth().get(
                                MemberImportRepository.nameBirthKey(names.fullNameFold(), m.birth().date()))));
                if (match.isPresent() && matchedBy.containsKey(match.get())) {
                    reject(problems, rejected, m, mapping, ImportField.FULL_NAME, "import.row.sameMemberTwice", matchedBy.get(match.get()));
                    continue;
                }
                Optional<String> eth = code(m.ethnicity(), ethnicity, m, mapping, ImportField.ETHNICITY, problems);
                Optional<String> rel = code(m.religion(), religion, m, mapping, ImportField.RELIGION, problems);
                long unit = cellIds.getOrDefault(Text.fold(m.cellName()), -1L);
                MemberImportRepository.Row row = new MemberImportRepository.Row(m, names, unit, eth, rel);
                if (match.isPresent()) {
                    matchedBy.put(match.get(), m.row());
                    updates.add(row);
                    updateIds.add(match.get());
                } else {
                    inserts.add(row);
                }
            }
            boolean write = !o.dryRun() && (rejected.isEmpty() || o.onlyValid());
            List<String> created = new ArrayList<>(toCreate.values());
            if (write) {
                for (var e : toCreate.entrySet()) {
                    cellIds.put(e.getKey(), units.create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL,
                            Optional.of(CellType.OTHER), e.getValue(), Optional.empty(), Optional.empty())));
                }
                repo.insert(t, withUnits(inserts, cellIds));
                repo.update(t, updateIds, withUnits(updates, cellIds));
                audit.record(AuditChange.general("MEMBER_IMPORT", "party_member", "Import " + file.getFileName() + ": "
                        + inserts.size() + " new, " + updates.size() + " updated, " + rejected.size() + " rejected, cells created "
                        + created));
            }
            problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
            return new ImportReport(sheet.sheetName(), headerRow + 1, mapping, rowsRead, inserts.size(), updates.size(),
                    List.copyOf(rejected), problems, created, sheet.legacyTcvn3Cells() + sheet.legacyVniCells(), write);
        });
    }

    private List<MemberImportRepository.Row> withUnits(List<MemberImportRepository.Row> rows, Map<String, Long> cellIds) {
        List<MemberImportRepository.Row> out = new ArrayList<>(rows.size());
        for (MemberImportRepository.Row r : rows) {
            out.add(new MemberImportRepository.Row(r.member(), r.names(), cellIds.get(Text.fold(r.member().cellName())),
                    r.ethnicityCode(), r.religionCode()));
        }
        return out;
    }

    private static Optional<String> code(Optional<String> name, Map<String, String> codes, ImportedMember m,
                                         Map<ImportField, Integer> mapping, ImportField f, List<ImportProblem> problems) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String c = codes.get(Text.fold(name.get()));
        if (c == null) {
            problems.add(new ImportProblem(m.row(), column(mapping, f), f, true, "import.row.unknownCode", name.get()));
        }
        return Optional.ofNullable(c);
    }

    private static void checkMapping(Map<ImportField, Integer> mapping, ImportOptions o) throws AppException {
        List<String> missing = new ArrayList<>();
        boolean name = mapping.containsKey(ImportField.FULL_NAME)
                || (mapping.containsKey(ImportField.FAMILY_NAME) && mapping.containsKey(ImportField.GIVEN_NAME));
        Set<ImportField> required = EnumSet.of(ImportField.BIRTH_DATE, ImportField.ADMISSION_DATE);
        if (o.defaultCell().isEmpty()) {
            required.add(ImportField.CELL);
        }
        if (!name) {
            missing.add(I18n.t(ImportField.FULL_NAME.i18nKey()));
        }
        for (ImportField f : required) {
            if (!mapping.containsKey(f)) {
                missing.add(I18n.t(f.i18nKey()));
            }
        }
        if (!missing.isEmpty()) {
            throw new AppException("import.file.missingColumns", String.join(", ", missing));
        }
    }

    private static boolean repeatedHeader(List<CellValue> cells, Map<ImportField, Integer> mapping) {
        Integer c = mapping.get(ImportField.FULL_NAME);
        return c != null && c < cells.size() && HeaderMatcher.match(cells.get(c).text()).orElse(null) == ImportField.FULL_NAME;
    }

    private static void duplicatesInFile(List<ImportedMember> valid, Map<ImportField, Integer> mapping,
                                         List<ImportProblem> problems, Set<Integer> rejected) {
        Map<String, Integer> cards = new HashMap<>();
        Map<String, Integer> cccds = new HashMap<>();
        for (ImportedMember m : valid) {
            m.cardNumber().ifPresent(card -> {
                Integer first = cards.putIfAbsent(card, m.row());
                if (first != null) {
                    reject(problems, rejected, m, mapping, ImportField.CARD_NUMBER, "import.row.duplicateCard", card, first);
                }
            });
            m.cccd().ifPresent(id -> {
                Integer first = cccds.putIfAbsent(id, m.row());
                if (first != null) {
                    reject(problems, rejected, m, mapping, ImportField.CCCD, "import.row.duplicateCccd", id, first);
                }
            });
        }
    }

    private static void reject(List<ImportProblem> problems, Set<Integer> rejected, ImportedMember m,
                               Map<ImportField, Integer> mapping, ImportField f, String key, Object... args) {
        problems.add(new ImportProblem(m.row(), column(mapping, f), f, false, key, args));
        rejected.add(m.row());
    }

    private static String column(Map<ImportField, Integer> mapping, ImportField f) {
        Integer c = mapping.get(f);
        return c == null ? "" : ImportProblem.columnName(c);
    }
}
