package vn.dangvu.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.common.Dates;
import vn.dangvu.party.EventType;

class RegisterRulesTest {

    private static final Map<Long, String> CELLS = Map.of(1L, "Thôn Đông", 2L, "Thôn Tây", 3L, "Thôn Nam");

    /// events: "TYPE yyyy-MM-dd from to [organisation | import]" separated by ";" (from/to: a cell 1–3 or -; "import":
    /// the event came from an imported list); now: the cell
    /// the record is in now; book: the cell whose register is printed. Expected: "-" when the member is not in that
    /// book, else out | in | death | leaving, each "date place" (moves joined by "+").
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # no event: the member is in the book of the cell the record is in
            ''                                                  | 1 | 1 | out= in= death= leaving=
            ''                                                  | 1 | 2 | -
            # a move to another cell: kept in the old book with the date and the new cell, in the new book from then
            INTERNAL_TRANSFER 2025-03-12 1 2                    | 2 | 1 | out=12/03/2025 Thôn Tây in= death= leaving=
            INTERNAL_TRANSFER 2025-03-12 1 2                    | 2 | 2 | out= in=12/03/2025 Thôn Đông death= leaving=
            INTERNAL_TRANSFER 2025-03-12 1 2                    | 2 | 3 | -
            # a merge of cells is a move too
            UNIT_MERGE 2025-07-01 3 1                           | 1 | 3 | out=01/07/2025 Thôn Đông in= death= leaving=
            # there and back: both moves in each book
            INTERNAL_TRANSFER 2020-01-10 1 2; UNIT_MERGE 2023-06-01 2 1 | 1 | 1 | out=10/01/2020 Thôn Tây in=01/06/2023 Thôn Tây death= leaving=
            INTERNAL_TRANSFER 2020-01-10 1 2; UNIT_MERGE 2023-06-01 2 1 | 1 | 2 | out=01/06/2023 Thôn Đông in=10/01/2020 Thôn Đông death= leaving=
            # transfers with an organisation outside the commune (the record stays in its last cell)
            TRANSFER_IN 2019-04-02 - 1 Đảng bộ phường An Hải     | 1 | 1 | out= in=02/04/2019 Đảng bộ phường An Hải death= leaving=
            TRANSFER_OUT 2026-01-15 1 - Đảng bộ xã Cam Hải       | 1 | 1 | out=15/01/2026 Đảng bộ xã Cam Hải in= death= leaving=
            # death and leaving the Party go to the book of the cell the member was in then
            INTERNAL_TRANSFER 2025-03-12 1 2; DEATH 2026-02-01 - -        | 2 | 2 | out= in=12/03/2025 Thôn Đông death=01/02/2026 leaving=
            INTERNAL_TRANSFER 2025-03-12 1 2; DEATH 2026-02-01 - -        | 2 | 1 | out=12/03/2025 Thôn Tây in= death= leaving=
            REMOVAL 2010-03-01 - -; INTERNAL_TRANSFER 2025-03-12 1 2      | 2 | 1 | out=12/03/2025 Thôn Tây in= death= leaving=01/03/2010
            REMOVAL 2010-03-01 - -; INTERNAL_TRANSFER 2025-03-12 1 2      | 2 | 2 | out= in=12/03/2025 Thôn Đông death= leaving=
            """)
    void book(String events, long now, long book, String expected) {
        Optional<RegisterRules.Book> b = RegisterRules.book(events(events), now, book);
        assertEquals(expected, b.map(RegisterRulesTest::describe).orElse("-"));
    }

    /// The cell at an event: where item 12 of the Phiếu finds "tại chi bộ" for full membership.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # made full in the cell the member is still in
            FULL_MEMBERSHIP 2006-05-19 - -                                   | 1 | Thôn Đông
            # made full, then moved: the old cell
            FULL_MEMBERSHIP 2006-05-19 - -; INTERNAL_TRANSFER 2025-03-12 1 2 | 2 | Thôn Đông
            # moved, then made full: the new cell
            INTERNAL_TRANSFER 2005-09-01 1 2; FULL_MEMBERSHIP 2006-05-19 - - | 2 | Thôn Tây
            # made full elsewhere before arriving by transfer, or no recorded event, or an imported one: not known
            FULL_MEMBERSHIP 2006-05-19 - - import                            | 1 | ''
            FULL_MEMBERSHIP 2006-05-19 - - import; INTERNAL_TRANSFER 2025-03-12 1 2 | 2 | ''
            FULL_MEMBERSHIP 2006-05-19 - -; TRANSFER_IN 2019-04-02 - 1 Đảng bộ phường An Hải | 1 | ''
            TRANSFER_IN 2019-04-02 - 1 Đảng bộ phường An Hải                 | 1 | ''
            """)
    void cellAtFullMembership(String events, long now, String expected) {
        assertEquals(expected == null ? "" : expected,
                RegisterRules.cellAt(events(events), now, CELLS.get(now), EventType.FULL_MEMBERSHIP).orElse(""));
    }

    private static String name(Long cell) {
        return cell == null ? null : CELLS.get(cell);
    }

    private static String describe(RegisterRules.Book b) {
        return "out=" + moves(b.out()) + " in=" + moves(b.in())
                + " death=" + b.death().map(e -> Dates.format(e.date())).orElse("")
                + " leaving=" + b.leaving().map(e -> Dates.format(e.date())).orElse("");
    }

    private static String moves(List<RegisterRules.Move> moves) {
        return moves.stream().map(m -> Dates.format(m.date()) + " " + m.place()).collect(Collectors.joining("+"));
    }

    private static List<RegisterRules.Event> events(String spec) {
        List<RegisterRules.Event> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String e : spec.split(";")) {
            String[] p = e.strip().split(" ", 5);
            Long from = p[2].equals("-") ? null : Long.valueOf(p[2]);
            Long to = p[3].equals("-") ? null : Long.valueOf(p[3]);
            String extra = p.length > 4 ? p[4] : null;
            boolean imported = RegisterRules.IMPORTED.equals(extra);
            out.add(new RegisterRules.Event(p[0], LocalDate.parse(p[1]), from, to, name(from), name(to),
                    imported ? null : extra, imported ? extra : null));
        }
        return out;
    }
}
