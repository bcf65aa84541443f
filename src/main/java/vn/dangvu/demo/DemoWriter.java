package vn.dangvu.demo;

import static vn.dangvu.demo.DemoCommune.AS_OF;
import static vn.dangvu.demo.DemoCommune.REFORM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

import vn.dangvu.common.AppException;
import vn.dangvu.members.BulkEvent;
import vn.dangvu.members.BulkMember;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.units.NewLeader;
import vn.dangvu.units.UnitRules;

/// The members, their lifecycle events (consistent with the status) and interruptions, written through the
/// members service; and the leadership assignments, written through the units service.
final class DemoWriter {

    private static final String[] ELSEWHERE = {"Đảng bộ phường Nam Nha Trang, tỉnh Khánh Hòa",
        "Đảng bộ xã Diên Lâm, tỉnh Khánh Hòa", "Đảng bộ phường Tân Định, Thành phố Hồ Chí Minh",
        "Đảng bộ xã Hòa Xuân, tỉnh Đắk Lắk", "Đảng bộ phường Hải Châu, thành phố Đà Nẵng"};

    private final List<DemoCommune.Unit> plan;
    private final long[] unitIds;

    DemoWriter(List<DemoCommune.Unit> plan, long[] unitIds) {
        this.plan = plan;
        this.unitIds = unitIds;
    }

    static String issuerOn(LocalDate day) {
        return day.isBefore(REFORM) ? DemoCommune.OLD_DISTRICT_COMMITTEE : DemoCommune.COMMITTEE;
    }

    static String decisionNo(LocalDate day, SplittableRandom r) {
        return (1 + r.nextInt(420)) + (day.isBefore(REFORM) ? "-QĐ/HU" : "-QĐ/ĐU");
    }

    /// Writes one chunk of members through the members service (its own transaction); returns their ids in order.
    @FunctionalInterface
    interface MemberSink {
        List<Long> write(List<BulkMember> chunk) throws AppException;
    }

    /// The members with their histories (events consistent with the status, interruptions), 1,000 per transaction;
    /// sets each member's id. `r` draws the register's details, `events` the event details (two streams, as before).
    void members(List<DemoMember> members, SplittableRandom r, SplittableRandom events, MemberSink sink,
                 DoubleConsumer progress) throws AppException {
        List<BulkMember> chunk = new ArrayList<>(DemoBatch.SIZE);
        List<DemoMember> chunkMembers = new ArrayList<>(DemoBatch.SIZE);
        int i = 0;
        for (DemoMember m : members) {
            chunk.add(member(m, r, events));
            chunkMembers.add(m);
            i++;
            if (chunk.size() == DemoBatch.SIZE || i == members.size()) {
                List<Long> ids = sink.write(chunk);
                for (int k = 0; k < ids.size(); k++) {
                    chunkMembers.get(k).id = ids.get(k);
                }
                chunk.clear();
                chunkMembers.clear();
                progress.accept((double) i / members.size());
            }
        }
    }

    private BulkMember member(DemoMember m, SplittableRandom r, SplittableRandom er) {
        DemoCommune.Unit cell = plan.get(m.cell);
        LocalDate cardDate = m.full == null ? null : m.full.plusDays(40 + r.nextInt(160));
        m.admissionNo = decisionNo(m.decision, r);
        if (m.full != null) {
            m.fullSigned = DemoPeople.min(m.full.plusDays(5 + r.nextInt(40)), AS_OF);
            m.fullNo = decisionNo(m.fullSigned, r);
        }
        String homeTown = DemoPeople.homeTown(r);
        String ethnicity = DemoPeople.ETHNICITY.pick(r);
        String religion = DemoPeople.RELIGION.pick(r);
        String education = education(m, r);
        String theory = DemoPeople.theoryLevel(r);
        long unit = unitIds[m.cell];
        List<BulkEvent> history = new ArrayList<>(3);
        history.add(new BulkEvent(EventType.ADMISSION, m.ceremony, m.admissionNo, m.decision, issuerOn(m.decision), null, unit,
                null, null, null));
        if (m.full != null) {
            history.add(new BulkEvent(EventType.FULL_MEMBERSHIP, m.full, m.fullNo, m.fullSigned, issuerOn(m.fullSigned), null,
                    unit, null, null, null));
        }
        statusEvent(m, unit, er).ifPresent(history::add);
        List<BulkMember.Gap> gaps = m.gapFrom == null ? List.of() : List.of(new BulkMember.Gap(m.gapFrom, m.gapTo, m.gapReason, null));
        return new BulkMember(m.names, m.gender, m.birth, BulkMember.DAY, unit, homeTown, null, null, null, ethnicity, religion,
                m.occupation, "Hưu trí".equals(m.occupation), cell.type() == CellType.MILITARY || cell.type() == CellType.POLICE,
                m.decision, m.admissionNo, issuerOn(m.decision), m.ceremony, cell.name(), m.full, m.fullNo, m.cardNumber,
                cardDate == null || cardDate.isAfter(AS_OF) ? null : cardDate, education, theory, null, history, gaps);
    }

    private static String education(DemoMember m, SplittableRandom r) {
        if (m.birth.getYear() < 1975) {
            return r.nextDouble() < 0.6 ? "G10_10" : "G7_10";
        }
        return r.nextDouble() < 0.85 ? "G12_12" : "G9_12";
    }

    /// The event that gave a member a status other than OFFICIAL or PROBATIONARY (the rules take it from OFFICIAL;
    /// a removal opens its period deducted from party age).
    private static Optional<BulkEvent> statusEvent(DemoMember m, long cell, SplittableRandom r) {
        LocalDate d = m.statusDate;
        return Optional.ofNullable(switch (m.status) {
            case DECEASED -> new BulkEvent(EventType.DEATH, d, null, null, null, cell, null, null, null, null);
            case TRANSFERRED_OUT -> new BulkEvent(EventType.TRANSFER_OUT, d, (1 + r.nextInt(300)) + "-GGT/ĐU", d, issuerOn(d),
                    cell, null, ELSEWHERE[r.nextInt(ELSEWHERE.length)], null, null);
            case TEMPORARILY_AWAY -> new BulkEvent(EventType.TEMPORARY_TRANSFER_OUT, d, (1 + r.nextInt(300)) + "-GGT/ĐU", d,
                    issuerOn(d), cell, null, ELSEWHERE[r.nextInt(ELSEWHERE.length)], m.expectedReturn, null);
            case EXEMPT_WORK_MEETINGS -> new BulkEvent(EventType.EXEMPTION_START, d, null, null, null, cell, null, null, null, null);
            case REMOVED -> new BulkEvent(EventType.REMOVAL, d, decisionNo(d, r), d, issuerOn(d), cell, null, null, null, null);
            default -> null; // OFFICIAL and PROBATIONARY follow from admission and full membership alone
        });
    }

    /// The leadership assignments (past and current committees of the commune and its cells).
    List<NewLeader> leaders(DemoLeaders leaders, long rootId, SplittableRandom r) {
        List<NewLeader> out = new ArrayList<>();
        for (DemoLeaders.Assignment a : leaders.all()) {
            long unit = a.unit() == DemoLeaders.ROOT ? rootId : unitIds[a.unit()];
            String decision = a.unit() == DemoLeaders.ROOT || plan.get(a.unit()).isCell()
                    ? decisionNo(a.from(), r) : null;
            out.add(new NewLeader(unit, Optional.of(a.member().id), UnitRules.LeaderRole.valueOf(a.role()), Optional.of(a.from()),
                    Optional.ofNullable(a.to()), Optional.ofNullable(a.term()), Optional.ofNullable(a.termEnd()),
                    Optional.ofNullable(decision)));
        }
        return out;
    }
}
