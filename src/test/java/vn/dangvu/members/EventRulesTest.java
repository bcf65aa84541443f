package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.members.EventRules.Field;
import vn.dangvu.party.EventType;

class EventRulesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # type,                  date,       external,      cell, return,     letter,     expected field, expected key
            # transfer out: the destination
            TRANSFER_OUT,           2026-03-02, Đảng bộ X,     -,    -,          -,          -,               -
            TRANSFER_OUT,           2026-03-02, '  ',          -,    -,          -,          EXTERNAL_UNIT,   member.event.error.destinationRequired
            TRANSFER_OUT,           -,          Đảng bộ X,     -,    -,          -,          DATE,            member.event.error.dateRequired
            # temporary transfer out: the destination and a return after the date
            TEMPORARY_TRANSFER_OUT, 2026-03-02, Đảng bộ X,     -,    2026-09-02, -,          -,               -
            TEMPORARY_TRANSFER_OUT, 2026-03-02, -,             -,    2026-09-02, -,          EXTERNAL_UNIT,   member.event.error.destinationRequired
            TEMPORARY_TRANSFER_OUT, 2026-03-02, Đảng bộ X,     -,    -,          -,          EXPECTED_RETURN, member.event.error.returnRequired
            TEMPORARY_TRANSFER_OUT, 2026-03-02, Đảng bộ X,     -,    2026-03-02, -,          EXPECTED_RETURN, member.event.error.returnNotAfter
            TEMPORARY_TRANSFER_OUT, 2026-03-02, Đảng bộ X,     -,    2026-01-31, -,          EXPECTED_RETURN, member.event.error.returnNotAfter
            # transfer in: the origin and the receiving cell; the letter not after the arrival
            TRANSFER_IN,            2026-03-02, Đảng bộ Y,     5,    -,          2026-03-02, -,               -
            TRANSFER_IN,            2026-03-02, -,             5,    -,          -,          EXTERNAL_UNIT,   member.event.error.originRequired
            TRANSFER_IN,            2026-03-02, Đảng bộ Y,     -,    -,          -,          TO_UNIT,         member.event.error.cellRequired
            TRANSFER_IN,            2026-03-02, Đảng bộ Y,     5,    -,          2026-03-03, LETTER_DATE,     member.event.error.letterAfterArrival
            # a move inside the commune: the other cell
            INTERNAL_TRANSFER,      2026-03-02, -,             5,    -,          -,          -,               -
            INTERNAL_TRANSFER,      2026-03-02, -,             -,    -,          -,          TO_UNIT,         member.event.error.cellRequired
            # details an event type does not use are not checked (nor stored)
            DEATH,                  2026-03-02, -,             -,    2026-01-01, 2027-01-01, -,               -
            TRANSFER_OUT,           2026-03-02, Đảng bộ X,     -,    2026-01-01, -,          -,               -
            """)
    void checksTheDetailsEachTypeNeeds(EventType type, LocalDate date, String external, Long cell, LocalDate back,
                                       LocalDate letter, Field field, String key) {
        List<EventRules.Problem> problems = EventRules.check(new NewEvent(1, type, date, null, null,
                new TransferDetails(null, cell, external, back, letter)));
        assertEquals(field == null ? List.of() : List.of(field), problems.stream().map(EventRules.Problem::field).toList());
        assertEquals(key == null ? List.of() : List.of(key), problems.stream().map(EventRules.Problem::key).toList());
    }

    @Test
    void normalisingDropsUnusedDetailsAndCleansTexts() {
        NewEvent e = EventRules.normalise(new NewEvent(3, EventType.TRANSFER_OUT, LocalDate.of(2026, 1, 5), " 7-GGT ", "  ",
                new TransferDetails(9L, 4L, " Đảng bộ  X ", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1))));
        assertEquals(new NewEvent(3, EventType.TRANSFER_OUT, LocalDate.of(2026, 1, 5), "7-GGT", null,
                new TransferDetails(null, null, "Đảng bộ X", null, null)), e);
        assertEquals(Set.of(), EventRules.details(EventType.ADMISSION));
        assertEquals("member.event.origin", EventRules.externalLabelKey(EventType.TRANSFER_IN));
        assertEquals("member.event.destination", EventRules.externalLabelKey(EventType.TEMPORARY_TRANSFER_OUT));
    }

    @Test
    void textsLongerThanTheirColumnsAreRefused() {
        List<EventRules.Problem> p = EventRules.check(new NewEvent(1, EventType.TRANSFER_IN, LocalDate.of(2026, 1, 5),
                "x".repeat(101), "y".repeat(2001), TransferDetails.in("z".repeat(301), 5L, null)));
        assertEquals(List.of(Field.DECISION_NO, Field.NOTE, Field.EXTERNAL_UNIT), p.stream().map(EventRules.Problem::field).toList());
        assertEquals(List.of(List.of(100), List.of(2000), List.of(300)), p.stream().map(EventRules.Problem::args).toList());
    }
}
