package vn.dangvu;

import java.time.LocalDate;

import vn.dangvu.common.AppException;
import vn.dangvu.common.PersonName;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.TransferDetails;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// Members for tests, created as a user creates them: the member form's save (`MemberService.save`) and, for a
/// status the form does not give, the lifecycle events that lead to it (`MemberLifecycleService.record`).
public final class TestMembers {

    /// The day the events leading to a status other than PROBATIONARY or OFFICIAL are recorded on.
    public static final LocalDate EVENT_DAY = LocalDate.of(2020, 1, 6);

    private TestMembers() {
    }

    /// The member form's fields: a name, gender, birth date, cell and admission dates; everything else empty.
    public static MemberDetails form(String name, Gender gender, LocalDate birth, long unit, LocalDate admission,
                                     LocalDate ceremony, LocalDate full) {
        PersonName n = PersonName.parse(name);
        return new MemberDetails(null, n.family(), n.middle(), n.given(), gender, birth, null, null, null, null, null,
                null, null, null, unit, admission, null, ceremony, full, null, null, null, null, null, null, null, null,
                null, false);
    }

    /// The same form with a card number, codes and a home town.
    public static MemberDetails with(MemberDetails d, String card, String ethnicity, String religion, String homeTown) {
        return new MemberDetails(d.id(), d.familyName(), d.middleName(), d.givenName(), d.gender(), d.birthDate(),
                d.placeOfBirth(), homeTown, d.permanentAddress(), d.temporaryAddress(), d.cccdNumber(), d.phone(), ethnicity,
                religion, d.unitId(), d.admissionDecisionDate(), d.admissionDecisionNo(), d.admissionCeremonyDate(),
                d.fullMembershipDate(), card, d.dossierNumber(), d.generalEducation(), d.professionalLevel(),
                d.theoryLevel(), d.occupation(), d.note(), d.status(), d.firstAdmissionDate(), d.readmitted());
    }

    /// A male member born 1/5/1970, admitted 19/5/1995 (full member from 19/5/1996 unless PROBATIONARY), in `unit`,
    /// brought to `status` by its events on [#EVENT_DAY].
    public static long add(AppContext ctx, long unit, String name, MemberStatus status) throws AppException {
        return add(ctx, form(name, Gender.MALE, LocalDate.of(1970, 5, 1), unit, LocalDate.of(1995, 5, 19), null,
                status == MemberStatus.PROBATIONARY ? null : LocalDate.of(1996, 5, 19)), status);
    }

    /// Saves the form as the member form does, then records the events that lead to `status`.
    public static long add(AppContext ctx, MemberDetails form, MemberStatus status) throws AppException {
        long id = ctx.members().save(form);
        reach(ctx, id, status, EVENT_DAY);
        return id;
    }

    /// Records the lifecycle event that takes an official or probationary member to `status` on `day`.
    public static void reach(AppContext ctx, long id, MemberStatus status, LocalDate day) throws AppException {
        NewEvent e = switch (status) {
            case PROBATIONARY, OFFICIAL -> null;
            case DECEASED -> new NewEvent(id, EventType.DEATH, day, null, null);
            case TEMPORARILY_AWAY -> new NewEvent(id, EventType.TEMPORARY_TRANSFER_OUT, day, null, null,
                    TransferDetails.out("Đảng bộ xã Diên Lâm", day.plusMonths(6)));
            case TRANSFERRED_OUT -> new NewEvent(id, EventType.TRANSFER_OUT, day, null, null,
                    TransferDetails.out("Đảng bộ xã Diên Lâm", null));
            case EXEMPT_WORK_MEETINGS -> new NewEvent(id, EventType.EXEMPTION_START, day, null, null);
            case SUSPENDED -> new NewEvent(id, EventType.SUSPENSION_START, day, null, null);
            case REMOVED -> new NewEvent(id, EventType.REMOVAL, day, "1-QĐ/ĐU", null);
            case EXPELLED -> new NewEvent(id, EventType.EXPULSION, day, "1-QĐ/ĐU", null);
            case RESIGNED -> new NewEvent(id, EventType.RESIGNATION, day, null, null);
        };
        if (e != null) {
            ctx.members().lifecycle().record(e);
        }
    }
}
