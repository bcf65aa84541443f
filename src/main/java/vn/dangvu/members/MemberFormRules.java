package vn.dangvu.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.dangvu.common.Text;

/// Checks of the member form (2-HSĐV core fields), as pure functions. Errors block saving; warnings are shown
/// and the user may save anyway (admission age outside 18–60: Charter art. 1 allows exceptions).
/// Card number uniqueness needs the database and is checked by [MemberService#save(MemberDetails)].
public final class MemberFormRules {

    public static final int MIN_ADMISSION_AGE = 18;
    public static final int MAX_ADMISSION_AGE = 60;
    private static final Pattern CCCD = Pattern.compile("[0-9]{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .]{7,18}");

    /// The form fields a message belongs to.
    public enum Field {
        FAMILY_NAME, GIVEN_NAME, GENDER, BIRTH_DATE, UNIT, CCCD, PHONE, ADMISSION_DECISION_DATE, CEREMONY_DATE,
        FULL_MEMBERSHIP_DATE, CARD_NUMBER
    }

    /// One message: its field, i18n key and arguments; a warning does not block saving.
    public record Violation(Field field, String key, boolean warning, List<Object> args) {

        static Violation error(Field f, String key, Object... args) {
            return new Violation(f, key, false, List.of(args));
        }

        static Violation warning(Field f, String key, Object... args) {
            return new Violation(f, key, true, List.of(args));
        }
    }

    private MemberFormRules() {
    }

    public static List<Violation> check(MemberDetails d, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        required(out, d.familyName(), Field.FAMILY_NAME, "member.form.error.familyRequired");
        required(out, d.givenName(), Field.GIVEN_NAME, "member.form.error.givenRequired");
        if (d.gender() == null) {
            out.add(Violation.error(Field.GENDER, "member.form.error.genderRequired"));
        }
        if (d.unitId() == null) {
            out.add(Violation.error(Field.UNIT, "member.form.error.unitRequired"));
        }
        String cccd = Text.clean(d.cccdNumber());
        if (!cccd.isEmpty() && !CCCD.matcher(cccd).matches()) {
            out.add(Violation.error(Field.CCCD, "member.form.error.cccd"));
        }
        String phone = Text.clean(d.phone());
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            out.add(Violation.error(Field.PHONE, "member.form.error.phone"));
        }
        dates(out, d, today);
        return out;
    }

    /// Birth < admission decision ≤ ceremony < full membership, none in the future; admission age as a warning.
    private static void dates(List<Violation> out, MemberDetails d, LocalDate today) {
        LocalDate birth = d.birthDate();
        LocalDate decision = d.admissionDecisionDate();
        LocalDate ceremony = d.admissionCeremonyDate();
        LocalDate full = d.fullMembershipDate();
        if (birth == null) {
            out.add(Violation.error(Field.BIRTH_DATE, "member.form.error.birthRequired"));
        } else if (birth.isAfter(today)) {
            out.add(Violation.error(Field.BIRTH_DATE, "member.form.error.future"));
        }
        if (decision == null) {
            out.add(Violation.error(Field.ADMISSION_DECISION_DATE, "member.form.error.admissionRequired"));
        } else if (decision.isAfter(today)) {
            out.add(Violation.error(Field.ADMISSION_DECISION_DATE, "member.form.error.future"));
        } else if (birth != null && !decision.isAfter(birth)) {
            out.add(Violation.error(Field.ADMISSION_DECISION_DATE, "member.form.error.admissionBeforeBirth"));
        } else if (birth != null) {
            int age = MemberFilter.age(birth, decision);
            if (age < MIN_ADMISSION_AGE || age > MAX_ADMISSION_AGE) {
                out.add(Violation.warning(Field.ADMISSION_DECISION_DATE, "member.form.warning.admissionAge", age,
                        MIN_ADMISSION_AGE, MAX_ADMISSION_AGE));
            }
        }
        if (ceremony != null) {
            if (ceremony.isAfter(today)) {
                out.add(Violation.error(Field.CEREMONY_DATE, "member.form.error.future"));
            } else if (decision != null && ceremony.isBefore(decision)) {
                out.add(Violation.error(Field.CEREMONY_DATE, "member.form.error.ceremonyBeforeDecision"));
            }
        }
        if (full != null) {
            LocalDate after = ceremony != null ? ceremony : decision;
            if (full.isAfter(today)) {
                out.add(Violation.error(Field.FULL_MEMBERSHIP_DATE, "member.form.error.future"));
            } else if (after != null && !full.isAfter(after)) {
                out.add(Violation.error(Field.FULL_MEMBERSHIP_DATE, ceremony != null
                        ? "member.form.error.fullBeforeCeremony" : "member.form.error.fullBeforeDecision"));
            }
        }
    }

    private static void required(List<Violation> out, String value, Field f, String key) {
        if (Text.clean(value).isEmpty()) {
            out.add(Violation.error(f, key));
        }
    }

    public static boolean hasErrors(List<Violation> vs) {
        return vs.stream().anyMatch(v -> !v.warning());
    }
}
