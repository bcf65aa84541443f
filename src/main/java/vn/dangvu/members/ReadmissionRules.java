package vn.dangvu.members;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import vn.dangvu.common.Dates;
import vn.dangvu.party.EventType;

/// The conditions of a readmission (kết nạp lại) under Q294-QĐ/TW §3.5 as quoted in the press (domain.md §4.4): at
/// least 36 months out of the Party, 60 months after a criminal record is cleared; the written consent of the
/// provincial standing committee; not for those who left by abandoning Party activity, by resignation (except
/// special family hardship), or after corruption or serious-crime convictions. The app warns on each condition it
/// cannot see met and records the consent; it does not refuse (the committee knows the reasons the app does not).
public final class ReadmissionRules {

    public static final int MONTHS_OUT = 36;
    public static final int MONTHS_AFTER_RECORD_CLEARED = 60;

    private ReadmissionRules() {
    }

    /// One warning: its i18n key and arguments.
    public record Warning(String key, List<Object> args) {

        static Warning of(String key, Object... args) {
            return new Warning(key, List.of(args));
        }
    }

    /// The warnings for readmitting on `date` a member who left by `leftBy` on `leftOn` (null when unknown).
    public static List<Warning> warnings(EventType leftBy, LocalDate leftOn, LocalDate date, ReadmissionDetails d) {
        List<Warning> out = new ArrayList<>();
        if (leftOn != null && date != null && ChronoUnit.MONTHS.between(leftOn, date) < MONTHS_OUT) {
            out.add(Warning.of("member.readmit.warn.monthsOut", MONTHS_OUT, Dates.format(leftOn),
                    Dates.format(leftOn.plusMonths(MONTHS_OUT))));
        }
        if (d.recordClearedDate() != null && date != null
                && ChronoUnit.MONTHS.between(d.recordClearedDate(), date) < MONTHS_AFTER_RECORD_CLEARED) {
            out.add(Warning.of("member.readmit.warn.recordCleared", MONTHS_AFTER_RECORD_CLEARED,
                    Dates.format(d.recordClearedDate()), Dates.format(d.recordClearedDate().plusMonths(MONTHS_AFTER_RECORD_CLEARED))));
        }
        if (leftBy == EventType.RESIGNATION) {
            out.add(Warning.of("member.readmit.warn.resigned"));
        } else if (leftBy == EventType.REMOVAL) {
            out.add(Warning.of("member.readmit.warn.removed"));
        } else if (leftBy == EventType.EXPULSION) {
            out.add(Warning.of("member.readmit.warn.expelled"));
        }
        if (d.consentNo() == null || d.consentNo().isBlank() || d.consentDate() == null) {
            out.add(Warning.of("member.readmit.warn.noConsent"));
        }
        return out;
    }
}
