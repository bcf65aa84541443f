package vn.dangvu.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.dangvu.members.MemberNames;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// One generated member, held in memory while the commune is written (mutable for speed; never leaves the package).
final class DemoMember {

    long id;
    int cell;
    MemberNames names;
    Gender gender;
    LocalDate birth;
    LocalDate decision;
    LocalDate ceremony;
    /// Null while probationary.
    LocalDate full;
    MemberStatus status;
    /// When the current status began (exemption, transfer, death, removal); null for OFFICIAL and PROBATIONARY.
    LocalDate statusDate;
    LocalDate expectedReturn;
    /// A closed gap in party life (loss of contact, transfer gap), deducted from party age.
    LocalDate gapFrom;
    LocalDate gapTo;
    String gapReason;
    /// Stable tendency to be rated "excellent" year after year.
    boolean strong;
    String occupation;
    String cardNumber;
    String admissionNo;
    String fullNo;
    LocalDate fullSigned;

    /// Still a member of this commune on that day (admitted, not yet left).
    boolean onRollAt(LocalDate day) {
        if (decision.isAfter(day)) {
            return false;
        }
        boolean left = status == MemberStatus.DECEASED || status == MemberStatus.TRANSFERRED_OUT
                || status == MemberStatus.REMOVED;
        return !left || statusDate.isAfter(day);
    }

    boolean exemptAt(LocalDate day) {
        return status == MemberStatus.EXEMPT_WORK_MEETINGS && !statusDate.isAfter(day);
    }

    boolean fullAt(LocalDate day) {
        return full != null && !full.isAfter(day);
    }

    int ageAt(LocalDate day) {
        return (int) ChronoUnit.YEARS.between(birth, day);
    }

    /// Days of closed gaps that lie before the given day.
    long gapDaysBefore(LocalDate day) {
        if (gapFrom == null || !gapFrom.isBefore(day)) {
            return 0;
        }
        LocalDate end = gapTo.isBefore(day) ? gapTo : day;
        return ChronoUnit.DAYS.between(gapFrom, end);
    }
}
