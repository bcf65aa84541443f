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
import vn.dangvu.backup.BackupService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;
import vn.dangvu.members.BadgeService;
import vn.dangvu.members.BulkEvent;
import vn.dangvu.members.BulkMember;
import vn.dangvu.members.BulkUpdate;
import vn.dangvu.members.CarriedBadge;
import vn.dangvu.members.MemberNames;
import vn.dangvu.members.MemberRules;
import vn.dangvu.members.MemberService;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.UnitKind;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitService;

/// Imports the member list a commune keeps in Excel or CSV. All or nothing by default: one invalid row and
/// nothing is written; with "only valid rows" the valid ones are written. Everything is one transaction, written
/// through the members and units services (statuses by the member rules).
/// Re-importing the same file updates instead of duplicating (match: card number, else CCCD, else name + birth date).
public final class MemberImportService {

    private static final int HEADER_SCAN_ROWS = 30;

    private final Database db;
    private final MemberImportRepository repo;
    private final UnitService units;
    private final MemberService members;
    private final AuditService audit;
    private final BackupService backups;
    private final BadgeService badges;

    public MemberImportService(Database db, MemberImportRepository repo, UnitService units, MemberService members,
                               AuditService audit, BackupService backups, BadgeService badges) {
        this.db = db;
        this.repo = repo;
        this.units = units;
        this.members = members;
        this.audit = audit;
        this.backups = backups;
        this.badges = badges;
    }

    public ImportReport importFile(Path file, ImportOptions o) throws AppException {
        SheetData sheet = SheetReader.read(file);
        HeaderMatcher.Found header = HeaderMatcher.find(SheetReader.texts(sheet.rows(), HEADER_SCAN_ROWS))
                .orElseThrow(() -> new AppException("import.file.noHeader", sheet.sheetName()));
        int headerRow = header.row();
        Map<ImportField, Integer> mapping = o.mapping().orElse(header.mapping());
        Map<Integer, Integer> badgePairs = o.mapping().isPresent() ? Map.of() : header.badgePairs();
        checkMapping(mapping, o);
        List<ImportProblem> problems = new ArrayList<>();
        Set<Integer> rejected = new TreeSet<>();
        List<ImportedMember> valid = new ArrayList<>();
        int read = 0;
        int end = TableEnd.find(sheet.rows(), header.firstData() - 1, mapping, o.today());
        for (int r = header.firstData(); r < end; r++) {
            List<CellValue> cells = sheet.rows().get(r);
            // a row holding only its number (STT) is one of the empty numbered rows lists keep at the bottom
            if (mapping.entrySet().stream().allMatch(e -> e.getKey() == ImportField.SEQ || e.getValue() >= cells.size()
                    || cells.get(e.getValue()).blank()) || repeatedHeader(cells, mapping) || TableEnd.totalRow(cells, mapping, o.today())) {
                continue;
            }
            read++;
            int rowNo = r + 1;
            ImportRowRules.Outcome out = ImportRowRules.validate(rowNo, cells, mapping, badgePairs, o.defaultCell(), o.today());
            problems.addAll(out.problems());
            out.member().ifPresentOrElse(valid::add, () -> rejected.add(rowNo));
        }
        if (read == 0) {
            throw new AppException("import.file.noRows", sheet.sheetName(), headerRow + 1);
        }
        duplicatesInFile(valid, mapping, problems, rejected);
        int rowsRead = read;
        int tableEndRow = end < sheet.rows().size() ? end + 1 : 0;
        long root = units.root().map(PartyUnit::id).orElse(-1L);
        if (root < 0) {
            throw new AppException("import.error.noSetup");
        }
        if (!o.dryRun()) {
            // a bulk import is preceded by a verified backup (issue 9); no backup, no import
            backups.beforeImport();
        }
        // One transaction (all or nothing) inside Database.bulk: a raised write delay while the batches are written,
        // CHECKPOINT SYNC before this returns.
        ImportReport report = o.dryRun() ? write(file, o, sheet, headerRow, mapping, problems, rejected, valid, rowsRead, tableEndRow, root)
                : db.bulk(() -> write(file, o, sheet, headerRow, mapping, problems, rejected, valid, rowsRead, tableEndRow, root));
        if (report.written()) {
            members.invalidate();
        }
        return report;
    }

    private ImportReport write(Path file, ImportOptions o, SheetData sheet, int headerRow, Map<ImportField, Integer> mapping,
                               List<ImportProblem> problems, Set<Integer> rejected, List<ImportedMember> valid, int rowsRead,
                               int tableEndRow, long root) throws AppException {
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
            List<Row> inserts = new ArrayList<>();
            List<Row> updates = new ArrayList<>();
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
                if (match.isPresent() && !fullMembershipAllowed(m, keys.facts().get(match.get()), mapping, problems, rejected)) {
                    continue;
                }
                Optional<String> eth = code(m.ethnicity(), ethnicity, m, mapping, ImportField.ETHNICITY, problems);
                Optional<String> rel = code(m.religion(), religion, m, mapping, ImportField.RELIGION, problems);
                Row row = new Row(m, names, match, eth, rel);
                if (match.isPresent()) {
                    matchedBy.put(match.get(), m.row());
                    updates.add(row);
                } else {
                    inserts.add(row);
                }
            }
            boolean write = !o.dryRun() && (rejected.isEmpty() || o.onlyValid());
            int carried = 0;
            List<String> created = new ArrayList<>(toCreate.values());
            if (write) {
                for (var e : toCreate.entrySet()) {
                    cellIds.put(e.getKey(), units.create(new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL,
                            Optional.of(CellType.OTHER), e.getValue(), Optional.empty(), Optional.empty())));
                }
                List<Long> ids = members.importMembers(inserts.stream().map(r -> r.added(cellIds)).toList(),
                        updates.stream().map(r -> r.update(cellIds)).toList());
                carried = carryInBadges(mapping, inserts, updates, ids);
                audit.record(AuditChange.general("MEMBER_IMPORT", "party_member", "Import " + file.getFileName() + ": "
                        + inserts.size() + " new, " + updates.size() + " updated, " + rejected.size() + " rejected, cells created "
                        + created + ", badges carried in " + carried));
            }
            problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
            return new ImportReport(sheet.sheetName(), headerRow + 1, mapping, rowsRead, inserts.size(), updates.size(),
                    List.copyOf(rejected), problems, created, sheet.legacyTcvn3Cells() + sheet.legacyVniCells(), write,
                    tableEndRow, write ? carried : inserts.stream().mapToInt(r -> r.member().badges().size()).sum()
                    + updates.stream().mapToInt(r -> r.member().badges().size()).sum());
        });
    }

    /// The badges already awarded the list carries in. A list with badge columns gives the whole history of its members
    /// (a blank milestone: not awarded); new members from a list without them are marked "chưa có dữ liệu huy hiệu".
    private int carryInBadges(Map<ImportField, Integer> mapping, List<Row> inserts, List<Row> updates, List<Long> ids)
            throws AppException {
        boolean badgeColumns = mapping.keySet().stream().anyMatch(f -> f.milestone() > 0);
        Map<Long, List<CarriedBadge>> carried = new HashMap<>();
        List<Long> known = new ArrayList<>();
        for (int i = 0; i < inserts.size(); i++) {
            carried.put(ids.get(i), inserts.get(i).member().badges());
            known.add(ids.get(i));
        }
        for (Row u : updates) {
            carried.put(u.match().orElseThrow(), u.member().badges());
            known.add(u.match().orElseThrow());
        }
        carried.values().removeIf(List::isEmpty);
        return badges.carryIn(carried, badgeColumns ? known : List.of(), badgeColumns ? List.of() : ids);
    }

    /// A full-membership date the file gives a member on file who has none is a FULL_MEMBERSHIP event: refused by
    /// the rules (the member is not probationary, e.g. removed at the end of probation), the row is an error.
    private static boolean fullMembershipAllowed(ImportedMember m, MemberRules.Facts facts, Map<ImportField, Integer> mapping,
                                                 List<ImportProblem> problems, Set<Integer> rejected) {
        if (m.fullMembership().isEmpty() || facts.fullMember()) {
            return true;
        }
        MemberRules.History h = MemberService.replay(facts, List.of(EventType.FULL_MEMBERSHIP));
        if (h.allowed()) {
            return true;
        }
        reject(problems, rejected, m, mapping, ImportField.FULL_MEMBERSHIP_DATE, "import.row.fullMembershipRefused",
                I18n.t(h.refusalKey().orElseThrow()));
        return false;
    }

    /// A row ready to write: the parsed member, its derived name columns, the member on file it matches, and codes.
    private record Row(ImportedMember member, MemberNames names, Optional<Long> match, Optional<String> ethnicityCode,
                       Optional<String> religionCode) {

        long unit(Map<String, Long> cellIds) {
            return cellIds.get(Text.fold(member.cellName()));
        }

        /// A new member: admitted on the admission date into the cell, and a full member from the full-membership
        /// date when the file gives one (the status follows from this history).
        BulkMember added(Map<String, Long> cellIds) {
            ImportedMember m = member;
            long unit = unit(cellIds);
            List<BulkEvent> history = new ArrayList<>(2);
            history.add(BulkEvent.of(EventType.ADMISSION, m.admission().date(), unit, MemberService.IMPORT_NOTE));
            m.fullMembership().ifPresent(f -> history.add(BulkEvent.of(EventType.FULL_MEMBERSHIP, f.date(), null,
                    MemberService.IMPORT_NOTE)));
            return new BulkMember(names, m.gender(), m.birth().date(), m.birth().precision().name(), unit,
                    m.homeTown().orElse(null), m.address().orElse(null), m.cccd().orElse(null), m.phone().orElse(null),
                    ethnicityCode.orElse(null), religionCode.orElse(null), m.occupation().orElse(null), false, false,
                    m.admission().date(), null, null, null, null, m.fullMembership().map(ImportDates.Parsed::date).orElse(null),
                    null, m.cardNumber().orElse(null), null, null, null, m.note().orElse(null), history, List.of());
        }

        BulkUpdate update(Map<String, Long> cellIds) {
            ImportedMember m = member;
            return new BulkUpdate(match.orElseThrow(), unit(cellIds), m.birth().date(), m.birth().precision().name(),
                    m.admission().date(), m.fullMembership().map(ImportDates.Parsed::date).orElse(null),
                    m.cardNumber().orElse(null), m.cccd().orElse(null), ethnicityCode.orElse(null), religionCode.orElse(null),
                    m.homeTown().orElse(null), m.address().orElse(null), m.occupation().orElse(null), m.phone().orElse(null),
                    m.note().orElse(null));
        }
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
        Integer a = mapping.get(ImportField.ADMISSION_DATE);
        if (a != null && a < cells.size() && (cells.get(a).date().isPresent() || hasDigit(cells.get(a).text()))) {
            return false; // a header has no date under "Ngày vào Đảng"
        }
        Integer c = mapping.get(ImportField.FULL_NAME);
        return c != null && c < cells.size() && HeaderMatcher.match(cells.get(c).text()).orElse(null) == ImportField.FULL_NAME;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
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
