package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dangvu.common.Text;
import vn.dangvu.common.VnSort;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// The inverted word index answers exactly what a scan of every name answers, in the same order, and stays in
/// order when single members are replaced, added and removed.
class MemberIndexTest {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Đỗ", "Ngô", "Dương", "Hồ"};
    private static final String[] MIDDLE = {"Thị", "Văn", "Thu", "Ngọc", "Hữu", "Đức", "", "Thị Thu", "Minh"};
    private static final String[] GIVEN = {"Hương", "Hường", "Hưởng", "An", "Ân", "Anh", "Đăng", "Dũng", "Hà", "Hải",
        "Thu", "Nga", "Ngân", "Nguyên", "Tuấn", "Trang", "Thư", "Hưng", "Ngọc"};

    private static MemberRow row(long id, String family, String middle, String given, Long unit, MemberStatus status,
                                 Gender gender) {
        String full = Text.clean(family + " " + middle + " " + given);
        String key = VnSort.personKey(family, middle, given);
        return new MemberRow(id, full, family, middle, given, gender, LocalDate.of(1960 + (int) (id % 40), 1, 1), unit,
                "Chi bộ " + unit, status, null, null, key, null, null, null, null, null, (int) (id % 50), "DAY");
    }

    private static List<MemberRow> randomRows(Random rnd, int n) {
        List<MemberRow> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(row(i, FAMILY[rnd.nextInt(FAMILY.length)], MIDDLE[rnd.nextInt(MIDDLE.length)],
                    GIVEN[rnd.nextInt(GIVEN.length)], (long) (1 + rnd.nextInt(5)),
                    MemberStatus.values()[rnd.nextInt(MemberStatus.values().length)], rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE));
        }
        rows.sort(MemberIndex.ORDER);
        return rows;
    }

    /// The reference: every typed word starts some word of the folded name; unit and filter as the index applies them.
    private static List<MemberRow> scan(List<MemberRow> rows, String search, Optional<Long> unit, MemberFilter f) {
        List<String> tokens = MemberRepository.searchTokens(search);
        List<MemberRow> out = new ArrayList<>();
        for (MemberRow r : rows) {
            String[] words = Text.fold(r.fullName()).split(" ");
            boolean all = tokens.stream().allMatch(t -> Arrays.stream(words).anyMatch(w -> w.startsWith(t)));
            if (all && (unit.isEmpty() || unit.get().equals(r.unitId())) && f.matches(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static final List<String> QUERIES = List.of("", "h", "huong", "Hường", "HUONG", "dang", "đặng", "ng", "nguyen thi",
        "thi nguyen", "thu thu", "t t", "an", "ân", "x", "nguyen  thi   huong", "hu ng", "ngoc ngoc", "zz", "tr van");

    @Test
    void answersWhatAScanAnswersInTheSameOrder() {
        Random rnd = new Random(7);
        List<MemberRow> rows = randomRows(rnd, 3_000);
        MemberIndex index = MemberIndex.of(rows);
        MemberFilter women = new MemberFilter(Set.of(), Gender.FEMALE, null, null, null, null, LocalDate.of(2026, 1, 1));
        MemberFilter onRoll = new MemberFilter(Set.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY), null, null, null,
                null, AgeBand.UNDER_30, LocalDate.of(2026, 1, 1));
        int nonEmpty = 0;
        for (String q : QUERIES) {
            for (Optional<Long> unit : List.of(Optional.<Long>empty(), Optional.of(3L))) {
                for (MemberFilter f : List.of(MemberFilter.none(), women, onRoll)) {
                    List<MemberRow> expected = scan(rows, q, unit, f);
                    assertEquals(expected, index.search(MemberRepository.searchTokens(q), unit, f), q + " " + unit + " " + f);
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(nonEmpty > 60, "the queries must find something to compare: " + nonEmpty);
    }

    @Test
    void accentFreeWordPrefixes() {
        List<MemberRow> rows = new ArrayList<>(List.of(
                row(1, "Lê", "Thị", "Hương", 1L, MemberStatus.OFFICIAL, Gender.FEMALE),
                row(2, "Trần", "Thu", "Hường", 1L, MemberStatus.OFFICIAL, Gender.FEMALE),
                row(3, "Phạm", "Văn", "Hưởng", 1L, MemberStatus.OFFICIAL, Gender.MALE),
                row(4, "Đặng", "Văn", "An", 1L, MemberStatus.OFFICIAL, Gender.MALE),
                row(5, "Nguyễn", "Văn", "Đăng", 1L, MemberStatus.OFFICIAL, Gender.MALE)));
        rows.sort(MemberIndex.ORDER);
        MemberIndex index = MemberIndex.of(rows);
        assertEquals(List.of("Hương", "Hường", "Hưởng"), given(index.search(MemberRepository.searchTokens("huong"),
                Optional.empty(), MemberFilter.none())));
        assertEquals(List.of("An", "Đăng"), given(index.search(MemberRepository.searchTokens("dang"), Optional.empty(),
                MemberFilter.none())));
        assertEquals(List.of(), index.search(MemberRepository.searchTokens("huong van"), Optional.empty(), MemberFilter.none())
                .stream().filter(r -> r.id() != 3).toList());
        assertEquals(List.of(), index.search(MemberRepository.searchTokens("uong"), Optional.empty(), MemberFilter.none()),
                "a word must start with what is typed, not contain it");
    }

    @Test
    void replacingAddingAndRemovingOneMemberKeepsTheOrder() {
        Random rnd = new Random(11);
        List<MemberRow> rows = randomRows(rnd, 500);
        MemberIndex index = MemberIndex.of(rows);
        for (int i = 0; i < 200; i++) {
            int op = rnd.nextInt(3);
            if (op == 0 || rows.isEmpty()) { // add
                MemberRow r = row(10_000 + i, FAMILY[rnd.nextInt(FAMILY.length)], MIDDLE[rnd.nextInt(MIDDLE.length)],
                        GIVEN[rnd.nextInt(GIVEN.length)], 2L, MemberStatus.OFFICIAL, Gender.MALE);
                rows.add(r);
                index = index.with(r.id(), Optional.of(r));
            } else if (op == 1) { // rename one: new sort key, new words
                MemberRow old = rows.remove(rnd.nextInt(rows.size()));
                MemberRow r = row(old.id(), FAMILY[rnd.nextInt(FAMILY.length)], MIDDLE[rnd.nextInt(MIDDLE.length)],
                        GIVEN[rnd.nextInt(GIVEN.length)], old.unitId(), old.status(), old.gender());
                rows.add(r);
                index = index.with(r.id(), Optional.of(r));
            } else { // remove
                MemberRow old = rows.remove(rnd.nextInt(rows.size()));
                index = index.with(old.id(), Optional.empty());
            }
            rows.sort(MemberIndex.ORDER);
            String q = QUERIES.get(rnd.nextInt(QUERIES.size()));
            assertEquals(scan(rows, q, Optional.empty(), MemberFilter.none()),
                    index.search(MemberRepository.searchTokens(q), Optional.empty(), MemberFilter.none()), "step " + i + " " + q);
        }
        assertEquals(rows, index.search(List.of(), Optional.empty(), MemberFilter.none()));
        assertEquals(rows.size(), index.size());
    }

    private static List<String> given(List<MemberRow> rows) {
        return rows.stream().map(MemberRow::givenName).toList();
    }
}
