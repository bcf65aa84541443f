package vn.dangvu.members.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dangvu.TestClocks;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.members.CodeItem;
import vn.dangvu.members.EventRules;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.members.MemberEvent;
import vn.dangvu.members.MemberFormRules.Field;
import vn.dangvu.members.NewEvent;
import vn.dangvu.members.PartyAge;
import vn.dangvu.members.TransferDetails;
import vn.dangvu.party.EventType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.SyncBackgroundTasks;

/// The member form ViewModel with a fake source (no FX toolkit).
class MemberFormViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private final SyncBackgroundTasks tasks = new SyncBackgroundTasks();
    private final List<MemberDetails> saved = new ArrayList<>();
    private final List<NewEvent> recorded = new ArrayList<>();
    private final List<Optional<NewEvent>> arrivals = new ArrayList<>();
    private List<MemberEvent> storedEvents = List.of(new MemberEvent(1, EventType.ADMISSION, LocalDate.of(2025, 6, 1), null, null,
            null, MemberStatus.PROBATIONARY));
    private MemberDetails stored = new MemberDetails(7L, "Trần", "Thị", "Hường", Gender.FEMALE, LocalDate.of(1990, 1, 1),
            null, null, null, null, null, null, "ETH_01", null, 1L, TODAY.minusMonths(3), null, null, null, "9", null,
            null, null, null, null, null, MemberStatus.PROBATIONARY, null, false);

    private MemberFormViewModel vm() {
        return new MemberFormViewModel(new MemberFormViewModel.Source() {
            @Override
            public Optional<MemberDetails> find(long id) {
                return Optional.of(stored);
            }

            @Override
            public long save(MemberDetails d, Optional<NewEvent> arrival) throws AppException {
                if ("9".equals(d.cardNumber()) && d.id() == null) {
                    throw new AppException("member.form.error.cardTaken", "9");
                }
                if (d.id() != null && d.unitId() != 1L) {
                    throw new AppException("member.form.error.unitChangeByEvent", "Chuyển sinh hoạt sang chi bộ khác");
                }
                saved.add(d);
                arrivals.add(arrival);
                return 8;
            }

            @Override
            public List<MemberEvent> events(long id) {
                return storedEvents;
            }

            @Override
            public List<PartyAge.Interruption> interruptions(long id) {
                return List.of();
            }

            @Override
            public MemberStatus record(NewEvent e) {
                recorded.add(e);
                return MemberStatus.OFFICIAL;
            }

            @Override
            public MemberStatus cancel(long memberId, long eventId, String reason) {
                return MemberStatus.PROBATIONARY;
            }

            @Override
            public MemberStatus correct(long eventId, String reason, NewEvent replacement) {
                recorded.add(replacement);
                return MemberStatus.OFFICIAL;
            }

            @Override
            public Set<LocalDate> holidays() {
                return Set.of();
            }

            @Override
            public void decideLateLetter(long eventId, String decisionNo, LocalDate decisionDate,
                                         Optional<PartyAge.Interruption> gap) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<CodeItem> codes(String kind) {
                return List.of(new CodeItem("ETH_01", "Kinh"));
            }

            @Override
            public List<Choice<Long>> cells() {
                return List.of(new Choice<>(1L, "Chi bộ thôn Đông"), new Choice<>(2L, "Chi bộ thôn Tây"));
            }
        }, tasks, TestClocks.at(TODAY), () -> { });
    }

    /// A new member with the required fields valid.
    private MemberFormViewModel newMemberFilledIn() {
        MemberFormViewModel vm = vm();
        vm.load(null);
        vm.familyName.set("Nguyễn");
        vm.givenName.set("An");
        vm.birthDate.set(LocalDate.of(1980, 1, 1));
        vm.admissionDate.set(LocalDate.of(2005, 1, 1));
        return vm;
    }

    @Test
    void aTypedTextThatIsNotADateIsShownAndBlocksSaving() {
        MemberFormViewModel vm = newMemberFilledIn();
        vm.typedDate(Field.CEREMONY_DATE, "Ngày lễ kết nạp", Dates.read("31/02/2005"));
        assertEquals("Ngày lễ kết nạp: 31/02/2005 không có trong lịch.", vm.message(Field.CEREMONY_DATE).get());
        vm.save(() -> { });
        assertEquals(List.of(), saved);
        assertEquals(I18n.t("member.form.fixErrors"), vm.formMessage().get());

        vm.typedDate(Field.CEREMONY_DATE, "Ngày lễ kết nạp", Dates.read("abc"));
        assertEquals("Ngày lễ kết nạp: «abc» không phải là ngày (gõ theo dạng ngày/tháng/năm, ví dụ 05/03/1980).",
                vm.message(Field.CEREMONY_DATE).get());
        vm.save(() -> { });
        assertEquals(List.of(), saved);

        vm.typedDate(Field.CEREMONY_DATE, "Ngày lễ kết nạp", Dates.read(""));
        assertEquals("", vm.message(Field.CEREMONY_DATE).get());
        vm.save(() -> { });
        assertEquals(1, saved.size());
    }

    @Test
    void anUntouchedNewFormShowsNoErrorsUntilAFieldIsLeftOrSavingIsTried() {
        MemberFormViewModel vm = vm();
        vm.load(null);
        for (Field f : Field.values()) {
            assertEquals("", vm.message(f).get(), f.name());
        }
        vm.touch(Field.BIRTH_DATE);
        assertEquals(I18n.t("member.form.error.birthRequired"), vm.message(Field.BIRTH_DATE).get());
        assertEquals("", vm.message(Field.FAMILY_NAME).get());
        vm.givenName.set("An");
        assertEquals("", vm.message(Field.GIVEN_NAME).get());

        vm.save(() -> { });
        assertEquals(List.of(), saved);
        assertEquals(I18n.t("member.form.error.familyRequired"), vm.message(Field.FAMILY_NAME).get());
        assertEquals(I18n.t("member.form.error.admissionRequired"), vm.message(Field.ADMISSION_DECISION_DATE).get());
    }

    @Test
    void aBadCccdShowsItsMessageAndNothingIsSaved() {
        MemberFormViewModel vm = newMemberFilledIn();
        vm.cccd.set("12345");
        assertEquals(I18n.t("member.form.error.cccd"), vm.message(Field.CCCD).get());

        vm.save(() -> { });
        assertEquals(List.of(), saved);
        assertEquals(I18n.t("member.form.fixErrors"), vm.formMessage().get());

        vm.cccd.set("012345678901");
        vm.admissionDate.set(LocalDate.of(1995, 1, 1));
        assertEquals("", vm.message(Field.CCCD).get());
        assertEquals(true, vm.warning(Field.ADMISSION_DECISION_DATE).get());
        vm.save(() -> { });
        assertEquals(1, saved.size());
        assertEquals("012345678901", saved.getFirst().cccdNumber());
        assertEquals(1L, saved.getFirst().unitId());
    }

    @Test
    void aTakenCardNumberIsShownOnItsField() {
        MemberFormViewModel vm = newMemberFilledIn();
        vm.cardNumber.set("9");
        vm.save(() -> { });
        assertEquals(I18n.t("member.form.error.cardTaken", "9"), vm.message(Field.CARD_NUMBER).get());
    }

    @Test
    void anExistingMemberShowsStatusProvisionalPartyAgeAndTheRulesForAnEvent() {
        MemberFormViewModel vm = vm();
        vm.load(7L);
        assertEquals(I18n.t("member.form.titleEdit", "Trần Thị Hường"), vm.title().get());
        assertEquals(1, vm.events().size());
        assertEquals(I18n.t("member.form.partyAgeProbationary", 0), vm.partyAgeLine().get());

        vm.event.type.set(EventType.EXEMPTION_START);
        assertEquals(false, vm.eventAllowed().get());
        assertEquals(I18n.t("member.rule.exemptOnlyOfficial"), vm.eventHint().get());
        vm.event.type.set(EventType.FULL_MEMBERSHIP);
        assertEquals(true, vm.eventAllowed().get());
        vm.event.date.set(LocalDate.of(2026, 6, 1));
        vm.recordEvent();
        assertEquals(List.of(new NewEvent(7L, EventType.FULL_MEMBERSHIP, LocalDate.of(2026, 6, 1), "", "")), recorded);
    }

    @Test
    void partyAgeCountsFromTheFirstAdmissionOfAReadmittedMember() {
        MemberDetails d = new MemberDetails(1L, "A", "", "B", Gender.MALE, null, null, null, null, null, null, null, null,
                null, 1L, LocalDate.of(2012, 1, 1), null, null, LocalDate.of(2013, 1, 1), null, null, null, null, null,
                null, null, MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1), true);
        List<PartyAge.Interruption> gaps = List.of(new PartyAge.Interruption(LocalDate.of(2010, 1, 1),
                Optional.of(LocalDate.of(2011, 12, 31))));
        assertEquals(I18n.t("member.form.partyAgeDeducted", I18n.t("member.form.partyAge", 24), 730),
                MemberFormViewModel.partyAgeText(d, gaps, LocalDate.of(2026, 1, 1)));
        assertEquals("Tuổi đảng: 24 năm (đã trừ 730 ngày gián đoạn sinh hoạt đảng)",
                MemberFormViewModel.partyAgeText(d, gaps, LocalDate.of(2026, 1, 1)));
    }

    /// Party age stops at death (domain.md §5.1): admitted 01/03/2000, died 01/02/2026, 25 years on the form on
    /// 21/11/2026, not 26.
    @Test
    void partyAgeOfADeceasedMemberStopsAtTheDeath() {
        MemberDetails o = official(stored);
        stored = new MemberDetails(o.id(), o.familyName(), o.middleName(), o.givenName(), o.gender(), o.birthDate(), null, null,
                null, null, null, null, o.ethnicityCode(), null, o.unitId(), LocalDate.of(2000, 3, 1), null, LocalDate.of(2000, 3, 10),
                LocalDate.of(2001, 3, 10), o.cardNumber(), null, null, null, null, null, null, MemberStatus.DECEASED, null, false);
        storedEvents = List.of(new MemberEvent(1, EventType.ADMISSION, LocalDate.of(2000, 3, 1), null, null, null,
                MemberStatus.PROBATIONARY), new MemberEvent(2, EventType.DEATH, LocalDate.of(2026, 2, 1), null, null,
                MemberStatus.OFFICIAL, MemberStatus.DECEASED));
        MemberFormViewModel vm = vm();
        vm.load(7L);
        assertEquals(I18n.t("member.form.partyAge", 25), vm.partyAgeLine().get());
    }

    @Test
    void aTemporaryTransferOutShowsItsFieldsAndIsRecordedOnlyWithDestinationAndALaterReturn() {
        stored = official(stored);
        MemberFormViewModel vm = vm();
        vm.load(7L);
        EventInputViewModel e = vm.event;
        assertEquals(false, e.shown(EventRules.Field.EXTERNAL_UNIT).get());
        e.type.set(EventType.TEMPORARY_TRANSFER_OUT);
        assertEquals(List.of(true, true, false, false), List.of(e.shown(EventRules.Field.EXTERNAL_UNIT).get(),
                e.shown(EventRules.Field.EXPECTED_RETURN).get(), e.shown(EventRules.Field.TO_UNIT).get(),
                e.shown(EventRules.Field.LETTER_DATE).get()));
        assertEquals(I18n.t("member.event.destination"), e.externalLabel().get());
        assertEquals(I18n.t("member.event.error.destinationRequired"), e.message(EventRules.Field.EXTERNAL_UNIT).get());
        assertEquals(I18n.t("member.event.error.returnRequired"), e.message(EventRules.Field.EXPECTED_RETURN).get());
        assertEquals(false, vm.eventAllowed().get());
        vm.recordEvent();
        assertEquals(List.of(), recorded);

        e.external.set("Đảng bộ Công ty X");
        e.date.set(LocalDate.of(2026, 9, 1));
        e.expectedReturn.set(LocalDate.of(2026, 8, 1));
        assertEquals(I18n.t("member.event.error.returnNotAfter", "01/09/2026"), e.message(EventRules.Field.EXPECTED_RETURN).get());
        e.typedDate(EventRules.Field.EXPECTED_RETURN, "Dự kiến trở về", Dates.read("31/06/2027"));
        assertEquals("Dự kiến trở về: 31/06/2027 không có trong lịch.", e.message(EventRules.Field.EXPECTED_RETURN).get());
        assertEquals(false, vm.eventAllowed().get());
        e.typedDate(EventRules.Field.EXPECTED_RETURN, "Dự kiến trở về", Dates.read("30/06/2027"));
        e.expectedReturn.set(LocalDate.of(2027, 6, 30));
        assertEquals("", e.message(EventRules.Field.EXPECTED_RETURN).get());
        assertEquals(true, vm.eventAllowed().get());
        vm.recordEvent();
        assertEquals(List.of(new NewEvent(7L, EventType.TEMPORARY_TRANSFER_OUT, LocalDate.of(2026, 9, 1), "", "",
                TransferDetails.out("Đảng bộ Công ty X", LocalDate.of(2027, 6, 30)))), recorded);
        assertEquals(null, e.type.get());
        assertEquals("", e.external.get());
    }

    @Test
    void aMoveToTheSameCellIsRefusedAndTheCellFieldIsLockedForASavedMember() {
        MemberFormViewModel vm = vm();
        vm.load(7L);
        assertEquals(true, vm.unitLocked().get());
        vm.event.type.set(EventType.INTERNAL_TRANSFER);
        vm.event.cell.set(vm.cells.getFirst());
        assertEquals(I18n.t("member.event.error.sameCell"), vm.event.message(EventRules.Field.TO_UNIT).get());
        vm.event.cell.set(vm.cells.getLast());
        assertEquals(true, vm.eventAllowed().get());

        // the service refuses a cell changed on the form; the message is shown on the cell field
        vm.unit.set(vm.cells.getLast());
        vm.save(() -> { });
        assertEquals(I18n.t("member.form.error.unitChangeByEvent", "Chuyển sinh hoạt sang chi bộ khác"),
                vm.message(Field.UNIT).get());
        assertEquals(List.of(), saved);
    }

    @Test
    void aNewMemberArrivingByTransferIsSavedWithTheArrivalEvent() {
        MemberFormViewModel vm = newMemberFilledIn();
        assertEquals(false, vm.unitLocked().get());
        vm.byTransfer.set(true);
        vm.save(() -> { });
        assertEquals(List.of(), saved);
        assertEquals(I18n.t("member.event.error.originRequired"), vm.arrival.message(EventRules.Field.EXTERNAL_UNIT).get());
        assertEquals(false, vm.arrival.shown(EventRules.Field.TO_UNIT).get());

        vm.arrival.external.set("Đảng bộ xã Ninh Xuân");
        vm.arrival.date.set(LocalDate.of(2004, 12, 31));
        assertEquals(I18n.t("member.form.error.arrivalBeforeAdmission"), vm.arrival.message(EventRules.Field.DATE).get());
        vm.admissionDate.set(LocalDate.of(2004, 6, 1));
        assertEquals("", vm.arrival.message(EventRules.Field.DATE).get());
        vm.arrival.decision.set("45-GGT/ĐU");
        vm.save(() -> { });
        assertEquals(1, saved.size());
        assertEquals(List.of(Optional.of(new NewEvent(0, EventType.TRANSFER_IN, LocalDate.of(2004, 12, 31), "45-GGT/ĐU", "",
                TransferDetails.in("Đảng bộ xã Ninh Xuân", 1L, null)))), arrivals);

        // admitted here: no arrival, whatever was typed for one
        MemberFormViewModel here = newMemberFilledIn();
        here.arrival.external.set("Đảng bộ xã Ninh Xuân");
        here.save(() -> { });
        assertEquals(Optional.empty(), arrivals.getLast());
    }

    private static MemberDetails official(MemberDetails d) {
        return new MemberDetails(d.id(), d.familyName(), d.middleName(), d.givenName(), d.gender(), d.birthDate(),
                d.placeOfBirth(), d.homeTown(), d.permanentAddress(), d.temporaryAddress(), d.cccdNumber(), d.phone(),
                d.ethnicityCode(), d.religionCode(), d.unitId(), d.admissionDecisionDate(), d.admissionDecisionNo(),
                d.admissionCeremonyDate(), TODAY.minusDays(1), d.cardNumber(), d.dossierNumber(),
                d.generalEducation(), d.professionalLevel(), d.theoryLevel(), d.occupation(), d.note(),
                MemberStatus.OFFICIAL, null, false);
    }
}
