package vn.dangvu.demo;

import static vn.dangvu.demo.DemoCommune.AS_OF;
import static vn.dangvu.demo.DemoCommune.REFORM;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

import vn.dangvu.demo.DemoRepository.Batch;
import vn.dangvu.demo.DemoRepository.Insert;
import vn.dangvu.party.CellType;
import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;

/// Writes the members, their lifecycle events (consistent with the status),
/// interruptions and the leadership assignments.
final class DemoWriter {

    private static final String[] ELSEWHERE = {"Đảng bộ phường Nam Nha Trang, tỉnh Khánh Hòa",
        "Đảng bộ xã Diên Lâm, tỉnh Khánh Hòa", "Đảng bộ phường Tân Định, Thành phố Hồ Chí Minh",
        "Đảng bộ xã Hòa Xuân, tỉnh Đắk Lắk", "Đảng bộ phường Hải Châu, thành phố Đà Nẵng"};

    private final DemoRepository repo;
    private final Connection c;
    private final List<DemoCommune.Unit> plan;
    private final long[] unitIds;

    DemoWriter(DemoRepository repo, Connection c, List<DemoCommune.Unit> plan, long[] unitIds) {
        this.repo = repo;
        this.c = c;
        this.plan = plan;
        this.unitIds = unitIds;
    }

    static String issuerOn(LocalDate day) {
        return day.isBefore(REFORM) ? DemoCommune.OLD_DISTRICT_COMMITTEE : DemoCommune.COMMITTEE;
    }

    static String decisionNo(LocalDate day, SplittableRandom r) {
        return (1 + r.nextInt(420)) + (day.isBefore(REFORM) ? "-QĐ/HU" : "-QĐ/ĐU");
    }

    void members(List<DemoMember> members, SplittableRandom r, DoubleConsumer progress) throws SQLException {
        try (Batch mb = repo.batch(c, Insert.MEMBER)) {
            int i = 0;
            for (DemoMember m : members) {
                DemoCommune.Unit cell = plan.get(m.cell);
                LocalDate cardDate = m.full == null ? null : m.full.plusDays(40 + r.nextInt(160));
                m.admissionNo = decisionNo(m.decision, r);
                if (m.full != null) {
                    m.fullSigned = DemoPeople.min(m.full.plusDays(5 + r.nextInt(40)), AS_OF);
                    m.fullNo = decisionNo(m.fullSigned, r);
                }
                mb.add(m.id, unitIds[m.cell], m.names.name().family(), m.names.name().middle(), m.names.name().given(),
                        m.names.fullName(), m.names.fullNameFold(), m.names.givenNameFold(), m.names.sortKey(),
                        m.gender.name(), m.birth, DemoPeople.homeTown(r), DemoPeople.ETHNICITY.pick(r),
                        DemoPeople.RELIGION.pick(r), m.occupation, "Hưu trí".equals(m.occupation),
                        cell.type() == CellType.MILITARY || cell.type() == CellType.POLICE,
                        m.decision, m.admissionNo, issuerOn(m.decision), m.ceremony, cell.name(),
                        m.full, m.fullNo, m.cardNumber,
                        cardDate == null || cardDate.isAfter(AS_OF) ? null : cardDate, m.status.name(),
                        education(m, r), DemoPeople.theoryLevel(r));
                if ((++i & 4095) == 0) {
                    progress.accept((double) i / members.size());
                }
            }
        }
    }

    private static String education(DemoMember m, SplittableRandom r) {
        if (m.birth.getYear() < 1975) {
            return r.nextDouble() < 0.6 ? "G10_10" : "G7_10";
        }
        return r.nextDouble() < 0.85 ? "G12_12" : "G9_12";
    }

    /// Returns the number of event rows written.
    int events(List<DemoMember> members, SplittableRandom r) throws SQLException {
        try (Batch eb = repo.batch(c, Insert.EVENT); Batch ib = repo.batch(c, Insert.INTERRUPTION)) {
            for (DemoMember m : members) {
                long cell = unitIds[m.cell];
                eb.add(m.id, "ADMISSION", m.ceremony, m.admissionNo, m.decision, issuerOn(m.decision),
                        null, cell, null, null, null, MemberStatus.PROBATIONARY.name());
                if (m.full != null) {
                    eb.add(m.id, "FULL_MEMBERSHIP", m.full, m.fullNo, m.fullSigned, issuerOn(m.fullSigned),
                            null, cell, null, null, MemberStatus.PROBATIONARY.name(), MemberStatus.OFFICIAL.name());
                }
                if (m.gapFrom != null) {
                    ib.add(m.id, m.gapFrom, m.gapTo, m.gapReason, null);
                }
                statusEvent(eb, ib, m, cell, r);
            }
            return eb.rows();
        }
    }

    private static void statusEvent(Batch eb, Batch ib, DemoMember m, long cell, SplittableRandom r) throws SQLException {
        String before = MemberStatus.OFFICIAL.name();
        String after = m.status.name();
        LocalDate d = m.statusDate;
        switch (m.status) {
            case DECEASED -> eb.add(m.id, "DEATH", d, null, null, null, cell, null, null, null, before, after);
            case TRANSFERRED_OUT -> eb.add(m.id, "TRANSFER_OUT", d, (1 + r.nextInt(300)) + "-GGT/ĐU", d, issuerOn(d),
                    cell, null, ELSEWHERE[r.nextInt(ELSEWHERE.length)], null, before, after);
            case TEMPORARILY_AWAY -> eb.add(m.id, "TEMPORARY_TRANSFER_OUT", d, (1 + r.nextInt(300)) + "-GGT/ĐU", d,
                    issuerOn(d), cell, null, ELSEWHERE[r.nextInt(ELSEWHERE.length)], m.expectedReturn, before, after);
            case EXEMPT_WORK_MEETINGS -> eb.add(m.id, EventType.EXEMPTION_START.name(), d, null, null, null, cell, null, null, null, before,
                    after);
            case REMOVED -> {
                eb.add(m.id, "REMOVAL", d, decisionNo(d, r), d, issuerOn(d), cell, null, null, null, before, after);
                ib.add(m.id, d, null, "REMOVAL", null);
            }
            default -> {
                // OFFICIAL and PROBATIONARY follow from admission and full membership alone
            }
        }
    }

    /// Returns the number of assignments written.
    int leaders(DemoLeaders leaders, long rootId, SplittableRandom r) throws SQLException {
        try (Batch b = repo.batch(c, Insert.LEADERSHIP)) {
            for (DemoLeaders.Assignment a : leaders.all()) {
                long unit = a.unit() == DemoLeaders.ROOT ? rootId : unitIds[a.unit()];
                String decision = a.unit() == DemoLeaders.ROOT || plan.get(a.unit()).isCell()
                        ? decisionNo(a.from(), r) : null;
                b.add(unit, a.member().id, a.role(), a.from(), a.to(), a.term(), a.termEnd(), decision);
            }
            return b.rows();
        }
    }
}
