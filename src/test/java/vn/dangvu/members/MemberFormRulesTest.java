package vn.dangvu.members;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dangvu.party.Gender;

class MemberFormRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static MemberDetails form(String family, String given, String birth, String cccd, String phone,
                                      String decision, String ceremony, String full) {
        return new MemberDetails(null, family, "Văn", given, Gender.MALE, date(birth), null, null, null, null, cccd, phone,
                null, null, 1L, date(decision), null, date(ceremony), date(full), null, null, null, null, null, null, null,
                null, null, false);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            # family | given | birth      | cccd           | phone        | decision   | ceremony   | full       | expected (field:key or W for warning)
            # a complete, valid record
            Nguyễn   | An    | 1980-05-01 | 012345678901   | 0912 345 678 | 2005-03-01 | 2005-03-10 | 2006-03-10 | -
            # optional fields may be empty
            Nguyễn   | An    | 1980-05-01 | -              | -            | 2005-03-01 | -          | -          | -
            # required fields
            -        | An    | 1980-05-01 | -              | -            | 2005-03-01 | -          | -          | FAMILY_NAME:member.form.error.familyRequired
            Nguyễn   | ' '   | 1980-05-01 | -              | -            | 2005-03-01 | -          | -          | GIVEN_NAME:member.form.error.givenRequired
            Nguyễn   | An    | -          | -              | -            | 2005-03-01 | -          | -          | BIRTH_DATE:member.form.error.birthRequired
            Nguyễn   | An    | 1980-05-01 | -              | -            | -          | -          | -          | ADMISSION_DECISION_DATE:member.form.error.admissionRequired
            # CCCD: exactly 12 digits
            Nguyễn   | An    | 1980-05-01 | 12345678901    | -            | 2005-03-01 | -          | -          | CCCD:member.form.error.cccd
            Nguyễn   | An    | 1980-05-01 | 1234567890123  | -            | 2005-03-01 | -          | -          | CCCD:member.form.error.cccd
            Nguyễn   | An    | 1980-05-01 | 01234567890a   | -            | 2005-03-01 | -          | -          | CCCD:member.form.error.cccd
            Nguyễn   | An    | 1980-05-01 | ' 012345678901 ' | -          | 2005-03-01 | -          | -          | -
            # phone
            Nguyễn   | An    | 1980-05-01 | -              | abc          | 2005-03-01 | -          | -          | PHONE:member.form.error.phone
            Nguyễn   | An    | 1980-05-01 | -              | +84912345678 | 2005-03-01 | -          | -          | -
            # dates in order: birth < decision <= ceremony < full membership
            Nguyễn   | An    | 1980-05-01 | -              | -            | 1980-05-01 | -          | -          | ADMISSION_DECISION_DATE:member.form.error.admissionBeforeBirth
            Nguyễn   | An    | 1980-05-01 | -              | -            | 2005-03-01 | 2005-02-28 | -          | CEREMONY_DATE:member.form.error.ceremonyBeforeDecision
            Nguyễn   | An    | 1980-05-01 | -              | -            | 2005-03-01 | 2005-03-01 | -          | -
            Nguyễn   | An    | 1980-05-01 | -              | -            | 2005-03-01 | 2005-03-10 | 2005-03-10 | FULL_MEMBERSHIP_DATE:member.form.error.fullBeforeCeremony
            Nguyễn   | An    | 1980-05-01 | -              | -            | 2005-03-01 | -          | 2005-02-01 | FULL_MEMBERSHIP_DATE:member.form.error.fullBeforeDecision
            # no date in the future
            Nguyễn   | An    | 2026-03-02 | -              | -            | -          | -          | -          | BIRTH_DATE:member.form.error.future ADMISSION_DECISION_DATE:member.form.error.admissionRequired
            Nguyễn   | An    | 1980-05-01 | -              | -            | 2026-03-02 | -          | -          | ADMISSION_DECISION_DATE:member.form.error.future
            Nguyễn   | An    | 1980-05-01 | -              | -            | 2025-03-01 | -          | 2026-03-05 | FULL_MEMBERSHIP_DATE:member.form.error.future
            # admission age 18-60 is a warning, not an error
            Nguyễn   | An    | 1990-05-01 | -              | -            | 2008-04-30 | -          | -          | W:ADMISSION_DECISION_DATE:member.form.warning.admissionAge
            Nguyễn   | An    | 1990-05-01 | -              | -            | 2008-05-01 | -          | -          | -
            Nguyễn   | An    | 1940-05-01 | -              | -            | 2001-05-01 | -          | -          | W:ADMISSION_DECISION_DATE:member.form.warning.admissionAge
            Nguyễn   | An    | 1940-05-01 | -              | -            | 2001-04-30 | -          | -          | -
            """)
    void checks(String family, String given, String birth, String cccd, String phone, String decision, String ceremony,
                String full, String expected) {
        List<MemberFormRules.Violation> vs = MemberFormRules.check(
                form(family, given, birth, cccd, phone, decision, ceremony, full), TODAY);
        String got = String.join(" ", vs.stream()
                .map(v -> (v.warning() ? "W:" : "") + v.field() + ":" + v.key()).toList());
        assertEquals(expected == null ? "" : expected, got);
        assertEquals(got.contains(":member.form.error."), MemberFormRules.hasErrors(vs));
    }
}
