package vn.dangvu.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.dangvu.common.Dates;
import vn.dangvu.common.Text;
import vn.dangvu.party.EventType;

/// Checks of a lifecycle event's own fields, as pure functions (the status rules are in [MemberRules], the
/// checks that need the database, such as a dissolved cell, in [MemberLifecycleService]). Which details each
/// transfer kind needs (domain.md §4.4):
///
/// | event | needs |
/// |---|---|
/// | TRANSFER_OUT (10-box letter) | destination organisation |
/// | TEMPORARY_TRANSFER_OUT (8-box letter) | destination organisation, expected return after the event date |
/// | TRANSFER_IN | origin organisation, receiving cell; the letter's date is optional, not after the arrival |
/// | INTERNAL_TRANSFER | the other cell |
/// | READMISSION | optional: the provincial consent (number, date), the day a criminal record was cleared (Q294 §3.5) |
public final class EventRules {

    /// Column sizes of membership_event.
    public static final int MAX_EXTERNAL_NAME = 300;
    public static final int MAX_DECISION_NO = 100;
    public static final int MAX_NOTE = 2000;

    /// The fields of an event a message belongs to.
    public enum Field { DATE, DECISION_NO, NOTE, EXTERNAL_UNIT, TO_UNIT, EXPECTED_RETURN, LETTER_DATE, CONSENT_NO, CONSENT_DATE, RECORD_CLEARED, GAP }

    /// One message: its field, i18n key and arguments.
    public record Problem(Field field, String key, List<Object> args) {

        public static Problem of(Field f, String key, Object... args) {
            return new Problem(f, key, List.of(args));
        }
    }

    private EventRules() {
    }

    /// The optional details this event type uses (shown on the form, stored, required).
    public static Set<Field> details(EventType t) {
        return switch (t) {
            case TRANSFER_OUT -> EnumSet.of(Field.EXTERNAL_UNIT);
            case TEMPORARY_TRANSFER_OUT -> EnumSet.of(Field.EXTERNAL_UNIT, Field.EXPECTED_RETURN);
            case TRANSFER_IN -> EnumSet.of(Field.EXTERNAL_UNIT, Field.TO_UNIT, Field.LETTER_DATE);
            case INTERNAL_TRANSFER -> EnumSet.of(Field.TO_UNIT);
            case READMISSION -> EnumSet.of(Field.CONSENT_NO, Field.CONSENT_DATE, Field.RECORD_CLEARED);
            default -> EnumSet.noneOf(Field.class);
        };
    }

    /// The i18n key of the external organisation's label: destination for a transfer out, origin for a transfer in.
    public static String externalLabelKey(EventType t) {
        return t == EventType.TRANSFER_IN ? "member.event.origin" : "member.event.destination";
    }

    /// The event with the details its type does not use dropped and its texts cleaned.
    public static NewEvent normalise(NewEvent e) {
        Set<Field> used = details(e.type());
        TransferDetails t = e.transfer();
        ReadmissionDetails r = e.readmission();
        return new NewEvent(e.memberId(), e.type(), e.date(), Text.cleanOrNull(e.decisionNo()), Text.cleanOrNull(e.note()),
                new TransferDetails(null, used.contains(Field.TO_UNIT) ? t.toUnitId() : null,
                        used.contains(Field.EXTERNAL_UNIT) ? Text.cleanOrNull(t.externalUnitName()) : null,
                        used.contains(Field.EXPECTED_RETURN) ? t.expectedReturnDate() : null,
                        used.contains(Field.LETTER_DATE) ? t.letterDate() : null),
                used.contains(Field.CONSENT_NO) ? new ReadmissionDetails(Text.cleanOrNull(r.consentNo()), r.consentDate(),
                        r.recordClearedDate()) : ReadmissionDetails.NONE);
    }

    /// Every problem of the event's own fields, in field order; empty when it may be recorded.
    public static List<Problem> check(NewEvent raw) {
        NewEvent e = normalise(raw);
        Set<Field> used = details(e.type());
        TransferDetails t = e.transfer();
        List<Problem> out = new ArrayList<>();
        if (e.date() == null) {
            out.add(Problem.of(Field.DATE, "member.event.error.dateRequired"));
        }
        tooLong(out, Field.DECISION_NO, e.decisionNo(), MAX_DECISION_NO);
        tooLong(out, Field.NOTE, e.note(), MAX_NOTE);
        if (used.contains(Field.EXTERNAL_UNIT)) {
            if (t.externalUnitName() == null) {
                out.add(Problem.of(Field.EXTERNAL_UNIT, e.type() == EventType.TRANSFER_IN
                        ? "member.event.error.originRequired" : "member.event.error.destinationRequired"));
            }
            tooLong(out, Field.EXTERNAL_UNIT, t.externalUnitName(), MAX_EXTERNAL_NAME);
        }
        if (used.contains(Field.TO_UNIT) && t.toUnitId() == null) {
            out.add(Problem.of(Field.TO_UNIT, "member.event.error.cellRequired"));
        }
        if (used.contains(Field.EXPECTED_RETURN)) {
            if (t.expectedReturnDate() == null) {
                out.add(Problem.of(Field.EXPECTED_RETURN, "member.event.error.returnRequired"));
            } else if (e.date() != null && !t.expectedReturnDate().isAfter(e.date())) {
                out.add(Problem.of(Field.EXPECTED_RETURN, "member.event.error.returnNotAfter", Dates.format(e.date())));
            }
        }
        if (used.contains(Field.CONSENT_NO)) {
            ReadmissionDetails r = e.readmission();
            tooLong(out, Field.CONSENT_NO, r.consentNo(), MAX_DECISION_NO);
            if (r.consentDate() != null && e.date() != null && r.consentDate().isAfter(e.date())) {
                out.add(Problem.of(Field.CONSENT_DATE, "member.readmit.error.consentAfter", Dates.format(e.date())));
            }
            if (r.recordClearedDate() != null && e.date() != null && r.recordClearedDate().isAfter(e.date())) {
                out.add(Problem.of(Field.RECORD_CLEARED, "member.readmit.error.clearedAfter", Dates.format(e.date())));
            }
        }
        LocalDate letter = t.letterDate();
        if (letter != null && e.date() != null && letter.isAfter(e.date())) {
            out.add(Problem.of(Field.LETTER_DATE, "member.event.error.letterAfterArrival", Dates.format(e.date())));
        }
        return out;
    }

    private static void tooLong(List<Problem> out, Field f, String value, int max) {
        if (value != null && value.length() > max) {
            out.add(Problem.of(f, "member.event.error.tooLong", max));
        }
    }
}
