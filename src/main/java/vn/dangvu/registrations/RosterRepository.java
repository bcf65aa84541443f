package vn.dangvu.registrations;

import static vn.dangvu.db.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.dangvu.party.MemberStatus;

/// Reads what the year's roll needs from the members' tables (written by the members feature): every member in
/// Vietnamese name order, with the lifecycle events in date order. Writes nothing.
public final class RosterRepository {

    /// The events of the members who have an event after `day`, by member, in date order. A member without one
    /// stood from `day` on as the member list shows them now (status and cell).
    Map<Long, List<YearRoll.Event>> eventsOfMembersChangedAfter(DSLContext t, LocalDate day) {
        Map<Long, List<YearRoll.Event>> events = new HashMap<>();
        t.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.STATUS_AFTER, MEMBERSHIP_EVENT.TO_UNIT_ID)
                .from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.MEMBER_ID.in(DSL.select(MEMBERSHIP_EVENT.MEMBER_ID).from(MEMBERSHIP_EVENT)
                        .where(MEMBERSHIP_EVENT.EVENT_DATE.gt(day))))
                .orderBy(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID)
                .forEach(r -> events.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new YearRoll.Event(r.value2(), MemberStatus.valueOf(r.value3()), r.value4())));
        return events;
    }

    /// Every member (or only `memberId`), in name order.
    List<YearRoll.Facts> facts(DSLContext t, Optional<Long> memberId) {
        Condition member = memberId.map(PARTY_MEMBER.ID::eq).orElse(DSL.trueCondition());
        Map<Long, List<YearRoll.Event>> events = new HashMap<>();
        t.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.STATUS_AFTER, MEMBERSHIP_EVENT.TO_UNIT_ID)
                .from(MEMBERSHIP_EVENT)
                .where(memberId.map(MEMBERSHIP_EVENT.MEMBER_ID::eq).orElse(DSL.trueCondition()))
                .orderBy(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID)
                .forEach(r -> events.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new YearRoll.Event(r.value2(), MemberStatus.valueOf(r.value3()), r.value4())));
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.BIRTH_DATE, PARTY_MEMBER.CARD_NUMBER,
                        PARTY_MEMBER.UNIT_ID, PARTY_MEMBER.STATUS, PARTY_MEMBER.ADMISSION_DECISION_DATE)
                .from(PARTY_MEMBER).where(member)
                .orderBy(PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ID)
                .fetch(r -> new YearRoll.Facts(r.value1(), r.value2(), Optional.ofNullable(r.value3()),
                        r.value4() == null ? "" : r.value4(), r.value5(), MemberStatus.valueOf(r.value6()),
                        Optional.ofNullable(r.value7()), events.getOrDefault(r.value1(), List.of())));
    }
}
