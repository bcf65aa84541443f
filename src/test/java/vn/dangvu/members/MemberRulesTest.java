package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;

class MemberRulesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # status,            full,  readmitted, event,                  expected next,        expected refusal
            # admission and probation
            -,                    false, false, ADMISSION,              PROBATIONARY,         -
            OFFICIAL,             true,  false, ADMISSION,              -,                    member.rule.alreadyMember
            PROBATIONARY,         false, false, FULL_MEMBERSHIP,        OFFICIAL,             -
            OFFICIAL,             true,  false, FULL_MEMBERSHIP,        -,                    member.rule.notProbationary
            # domain.md §4.4: a probationary member on temporary transfer becomes full at home and stays away
            TEMPORARILY_AWAY,     false, false, FULL_MEMBERSHIP,        TEMPORARILY_AWAY,     -
            TEMPORARILY_AWAY,     true,  false, FULL_MEMBERSHIP,        -,                    member.rule.notProbationary
            # Q117-QĐ/TW 2023: restoration (khôi phục đảng tịch) only after an expulsion, readmitted or not
            EXPELLED,             true,  false, RESTORATION,            OFFICIAL,             -
            EXPELLED,             true,  true,  RESTORATION,            OFFICIAL,             -
            REMOVED,              true,  false, RESTORATION,            -,                    member.rule.restoreOnlyExpelled
            OFFICIAL,             true,  false, RESTORATION,            -,                    member.rule.restoreOnlyExpelled
            PROBATIONARY,         false, false, PROBATION_FAILED,       REMOVED,              -
            # transfers
            OFFICIAL,             true,  false, TRANSFER_OUT,           TRANSFERRED_OUT,      -
            PROBATIONARY,         false, false, TEMPORARY_TRANSFER_OUT, TEMPORARILY_AWAY,     -
            SUSPENDED,            true,  false, TRANSFER_OUT,           -,                    member.rule.transferWhileSuspended
            TEMPORARILY_AWAY,     false, false, TEMPORARY_RETURN,       PROBATIONARY,         -
            TEMPORARILY_AWAY,     true,  false, TEMPORARY_RETURN,       OFFICIAL,             -
            OFFICIAL,             true,  false, TEMPORARY_RETURN,       -,                    member.rule.notAway
            -,                    true,  false, TRANSFER_IN,            OFFICIAL,             -
            TRANSFERRED_OUT,      false, false, TRANSFER_IN,            PROBATIONARY,         -
            OFFICIAL,             true,  false, TRANSFER_IN,            -,                    member.rule.alreadyOnRoll
            # exemption and suspension
            OFFICIAL,             true,  false, EXEMPTION_START,        EXEMPT_WORK_MEETINGS, -
            PROBATIONARY,         false, false, EXEMPTION_START,        -,                    member.rule.exemptOnlyOfficial
            EXEMPT_WORK_MEETINGS, true,  false, EXEMPTION_END,          OFFICIAL,             -
            EXEMPT_WORK_MEETINGS, true,  false, SUSPENSION_START,       SUSPENDED,            -
            SUSPENDED,            true,  false, SUSPENSION_START,       -,                    member.rule.notActive
            SUSPENDED,            false, false, SUSPENSION_END,         PROBATIONARY,         -
            # leaving the Party
            SUSPENDED,            true,  false, EXPULSION,              EXPELLED,             -
            PROBATIONARY,         false, false, EXPULSION,              -,                    member.rule.expelProbationary
            OFFICIAL,             true,  false, REMOVAL,                REMOVED,              -
            OFFICIAL,             true,  false, RESIGNATION,            RESIGNED,             -
            TEMPORARILY_AWAY,     true,  false, DEATH,                  DECEASED,             -
            DECEASED,             true,  false, DEATH,                  -,                    member.rule.notActive
            TRANSFERRED_OUT,      true,  false, REMOVAL,                -,                    member.rule.notActive
            # readmission: once only, only for those who left
            EXPELLED,             true,  false, READMISSION,            PROBATIONARY,         -
            REMOVED,              true,  true,  READMISSION,            -,                    member.rule.readmitOnce
            DECEASED,             true,  false, READMISSION,            -,                    member.rule.readmitOnlyFormer
            OFFICIAL,             true,  false, READMISSION,            -,                    member.rule.readmitOnlyFormer
            # a move to another cell of the commune keeps the status; not while suspended, not off the roll
            OFFICIAL,             true,  false, INTERNAL_TRANSFER,      OFFICIAL,             -
            TEMPORARILY_AWAY,     false, false, INTERNAL_TRANSFER,      TEMPORARILY_AWAY,     -
            SUSPENDED,            true,  false, INTERNAL_TRANSFER,      -,                    member.rule.transferWhileSuspended
            TRANSFERRED_OUT,      true,  false, INTERNAL_TRANSFER,      -,                    member.rule.notActive
            -,                    false, false, INTERNAL_TRANSFER,      -,                    member.rule.notActive
            # a cell merge moves the member without changing the status
            EXEMPT_WORK_MEETINGS, true,  false, UNIT_MERGE,             EXEMPT_WORK_MEETINGS, -
            DECEASED,             true,  false, UNIT_MERGE,             -,                    member.rule.notActive
            """)
    void transitions(MemberStatus status, boolean full, boolean readmitted, EventType event, MemberStatus next, String refusal) {
        MemberRules.Outcome o = MemberRules.apply(new MemberRules.Facts(Optional.ofNullable(status), full, readmitted), event);
        assertEquals(Optional.ofNullable(next), o.next());
        assertEquals(Optional.ofNullable(refusal), o.refusalKey());
    }

    /// A history replayed event by event (the bulk load's statuses): "A B C" are event types, the statuses are the
    /// one after each event; a refused history stops at the first refused event.
    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # start,      full,  readmitted, events,                                  statuses,                               refused at, refusal
            # an import: admission alone keeps PROBATIONARY, a full-membership date makes OFFICIAL
            -, false, false, ADMISSION, PROBATIONARY, -, -
            -, false, false, ADMISSION FULL_MEMBERSHIP, PROBATIONARY OFFICIAL, -, -
            # the demo: a status event after full membership
            -, false, false, ADMISSION FULL_MEMBERSHIP EXEMPTION_START, PROBATIONARY OFFICIAL EXEMPT_WORK_MEETINGS, -, -
            -, false, false, ADMISSION FULL_MEMBERSHIP REMOVAL READMISSION, PROBATIONARY OFFICIAL REMOVED PROBATIONARY, -, -
            # a probationary member away on temporary transfer made full, back as a full member
            -, false, false, ADMISSION TEMPORARY_TRANSFER_OUT FULL_MEMBERSHIP TEMPORARY_RETURN, \
                PROBATIONARY TEMPORARILY_AWAY TEMPORARILY_AWAY OFFICIAL, -, -
            # a restoration does not use up the one readmission (Q117-QĐ/TW 2023)
            -, false, false, ADMISSION FULL_MEMBERSHIP EXPULSION RESTORATION REMOVAL READMISSION, \
                PROBATIONARY OFFICIAL EXPELLED OFFICIAL REMOVED PROBATIONARY, -, -
            # after a readmission the member is probationary again and may become a full member once more
            -, false, false, ADMISSION REMOVAL READMISSION FULL_MEMBERSHIP, PROBATIONARY REMOVED PROBATIONARY OFFICIAL, -, -
            # contradictions
            -, false, false, FULL_MEMBERSHIP, -, 0, member.rule.notProbationary
            -, false, false, ADMISSION EXEMPTION_START, PROBATIONARY, 1, member.rule.exemptOnlyOfficial
            -, false, false, ADMISSION REMOVAL READMISSION REMOVAL READMISSION, PROBATIONARY REMOVED PROBATIONARY REMOVED, 4, member.rule.readmitOnce
            # a member on file given a full-membership date by a re-import
            PROBATIONARY, false, false, FULL_MEMBERSHIP, OFFICIAL, -, -
            REMOVED, false, false, FULL_MEMBERSHIP, -, 0, member.rule.notProbationary
            # nothing to replay
            -, false, false, '', '', -, -
            """)
    void aHistoryIsReplayedEventByEvent(MemberStatus start, boolean full, boolean readmitted, String events, String statuses,
                                        Integer refusedAt, String refusal) {
        List<EventType> types = words(events).stream().map(EventType::valueOf).toList();
        MemberRules.History h = MemberRules.replay(new MemberRules.Facts(Optional.ofNullable(start), full, readmitted), types);
        assertEquals(words(statuses).stream().map(MemberStatus::valueOf).toList(), h.statuses());
        assertEquals(refusedAt == null ? OptionalInt.empty() : OptionalInt.of(refusedAt), h.refusedAt());
        assertEquals(Optional.ofNullable(refusal), h.refusalKey());
        assertEquals(refusal == null && !types.isEmpty() ? Optional.of(h.statuses().getLast()) : Optional.empty(), h.last());
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.trim().split(" +"));
    }
}
