package vn.dangvu.overview;

import static vn.dangvu.db.jooq.Tables.APP_META;
import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;
import static vn.dangvu.db.jooq.Tables.PUBLIC_HOLIDAY;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;

/// SQL for the overview reminders. Queries select candidates only; [ReminderRules] decides.
public final class ReminderRepository {

    static final String RECONCILIATION_KEY = "last_register_reconciliation";

    /// A probationary member whose ceremony was on or before the given date, in Vietnamese name order.
    public record ProbationCandidate(long memberId, String fullName, String unitName, LocalDate ceremonyDate) {
    }

    /// A member still away on temporary transfer, with the expected return date of the latest transfer out.
    public record AwayCandidate(long memberId, String fullName, String unitName, LocalDate expectedReturn) {
    }

    /// A member on the roll who arrived by transfer with a dated referral letter on which the committee has not
    /// recorded a decision yet.
    public record Arrival(long memberId, String fullName, String unitName, LocalDate letterDate, LocalDate arrival) {
    }

    /// Arrivals by transfer since `since` with a letter date and no committee decision, members still on the roll.
    public List<Arrival> undecidedArrivals(DSLContext t, LocalDate since) {
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_UNIT.NAME, MEMBERSHIP_EVENT.DECISION_DATE,
                        MEMBERSHIP_EVENT.EVENT_DATE)
                .from(MEMBERSHIP_EVENT).join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(MEMBERSHIP_EVENT.MEMBER_ID))
                .leftJoin(PARTY_UNIT).on(PARTY_UNIT.ID.eq(PARTY_MEMBER.UNIT_ID))
                .where(MEMBERSHIP_EVENT.EVENT_TYPE.eq(EventType.TRANSFER_IN.name()))
                .and(MEMBERSHIP_EVENT.CANCELLED_AT.isNull()).and(MEMBERSHIP_EVENT.DECISION_DATE.isNotNull())
                .and(MEMBERSHIP_EVENT.COMMITTEE_DECISION_NO.isNull()).and(MEMBERSHIP_EVENT.EVENT_DATE.ge(since))
                .and(PARTY_MEMBER.STATUS.in(MemberStatus.ON_ROLL_NAMES))
                .orderBy(PARTY_MEMBER.SORT_KEY)
                .fetch(r -> new Arrival(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /// The public holidays (not working days).
    public Set<LocalDate> holidays(DSLContext t) {
        return new HashSet<>(t.select(PUBLIC_HOLIDAY.HOLIDAY_DATE).from(PUBLIC_HOLIDAY).fetch(PUBLIC_HOLIDAY.HOLIDAY_DATE));
    }

    public List<ProbationCandidate> probationary(DSLContext t, LocalDate ceremonyOnOrBefore) {
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_UNIT.NAME, PARTY_MEMBER.ADMISSION_CEREMONY_DATE)
                .from(PARTY_MEMBER).leftJoin(PARTY_UNIT).on(PARTY_UNIT.ID.eq(PARTY_MEMBER.UNIT_ID))
                // a probationary member on temporary transfer still becomes full at home (domain.md §4.4)
                .where(PARTY_MEMBER.STATUS.eq(MemberStatus.PROBATIONARY.name())
                        .or(PARTY_MEMBER.STATUS.eq(MemberStatus.TEMPORARILY_AWAY.name()).and(PARTY_MEMBER.FULL_MEMBERSHIP_DATE.isNull())))
                .and(PARTY_MEMBER.ADMISSION_CEREMONY_DATE.le(ceremonyOnOrBefore))
                .orderBy(PARTY_MEMBER.SORT_KEY)
                .fetch(r -> new ProbationCandidate(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public List<AwayCandidate> awayReturnBefore(DSLContext t, LocalDate today) {
        var latest = MEMBERSHIP_EVENT.as("latest");
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_UNIT.NAME, MEMBERSHIP_EVENT.EXPECTED_RETURN_DATE)
                .from(PARTY_MEMBER)
                .join(MEMBERSHIP_EVENT).on(MEMBERSHIP_EVENT.MEMBER_ID.eq(PARTY_MEMBER.ID))
                .leftJoin(PARTY_UNIT).on(PARTY_UNIT.ID.eq(PARTY_MEMBER.UNIT_ID))
                .where(PARTY_MEMBER.STATUS.eq(MemberStatus.TEMPORARILY_AWAY.name()))
                .and(MEMBERSHIP_EVENT.EVENT_TYPE.eq(EventType.TEMPORARY_TRANSFER_OUT.name()))
                .and(MEMBERSHIP_EVENT.ID.eq(DSL.select(DSL.max(latest.ID)).from(latest)
                        .where(latest.MEMBER_ID.eq(PARTY_MEMBER.ID))
                        .and(latest.EVENT_TYPE.eq(EventType.TEMPORARY_TRANSFER_OUT.name())).and(latest.CANCELLED_AT.isNull())))
                .and(MEMBERSHIP_EVENT.EXPECTED_RETURN_DATE.lt(today))
                .orderBy(PARTY_MEMBER.SORT_KEY)
                .fetch(r -> new AwayCandidate(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /// The date of the last register reconciliation; empty when never done or unreadable.
    public Optional<LocalDate> lastReconciliation(DSLContext t) {
        return t.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(RECONCILIATION_KEY))
                .fetchOptional(APP_META.META_VALUE)
                .flatMap(ReminderRepository::parse);
    }

    public void saveLastReconciliation(DSLContext t, LocalDate day) {
        t.mergeInto(APP_META).using(DSL.selectOne())
                .on(APP_META.META_KEY.eq(RECONCILIATION_KEY))
                .whenMatchedThenUpdate().set(APP_META.META_VALUE, day.toString())
                .whenNotMatchedThenInsert(APP_META.META_KEY, APP_META.META_VALUE).values(RECONCILIATION_KEY, day.toString())
                .execute();
    }

    private static Optional<LocalDate> parse(String s) {
        try {
            return Optional.of(LocalDate.parse(s.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
