package vn.dangvu.demo;

import static vn.dangvu.demo.DemoCommune.AS_OF;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

import vn.dangvu.members.MemberNames;
import vn.dangvu.party.CellType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// Generates the members: names, dates that respect the admission rules (age 18–60 at the decision, ceremony
/// within 30 days, full membership 12 months after the ceremony) and a realistic mix of statuses.
final class DemoPeople {

    static final Weighted<String> ETHNICITY = Weighted.of("ETH_01", 88.0, "ETH_02", 2.0, "ETH_04", 2.0,
            "ETH_03", 2.0, "ETH_05", 2.0, "ETH_06", 1.0, "ETH_07", 1.0, "ETH_14", 1.0, "ETH_11", 1.0);
    static final Weighted<String> RELIGION = Weighted.of("NONE", 86.0, "BUDDHISM", 8.0, "CATHOLIC", 4.0,
            "PROTESTANT", 1.0, "CAO_DAI", 0.6, "HOA_HAO", 0.4);
    private static final Weighted<String> THEORY = Weighted.of("NONE", 15, "ELEMENTARY", 60, "INTERMEDIATE", 20,
            "ADVANCED", 4, "BACHELOR", 1);
    private static final Weighted<String> VILLAGE_JOBS = Weighted.of("Nông dân", 45, "Buôn bán", 15, "Công nhân", 12,
            "Lao động tự do", 10, "Thợ xây", 5, "Chủ hộ kinh doanh", 5, "Nuôi trồng thủy sản", 8);
    private static final String[] HOME_TOWNS = {"Diên Khánh, Khánh Hòa", "Ninh Hòa, Khánh Hòa", "Tuy Hòa, Phú Yên",
        "Nghĩa Hành, Quảng Ngãi", "Hoài Nhơn, Bình Định", "Thanh Chương, Nghệ An", "Hải Hậu, Nam Định",
        "Quảng Ninh, Quảng Bình", "Điện Bàn, Quảng Nam", "Tiền Hải, Thái Bình"};

    private final List<DemoCommune.Unit> units;
    private final Weighted<Integer> cellPicker;
    private int cardSeq;

    DemoPeople(List<DemoCommune.Unit> units) {
        this.units = units;
        List<Object> pairs = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).isCell()) {
                pairs.add(i);
                pairs.add(units.get(i).weight());
            }
        }
        this.cellPicker = Weighted.of(pairs.toArray());
    }

    List<DemoMember> generate(int n, long firstId, SplittableRandom r, DoubleConsumer progress) {
        List<DemoMember> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            DemoMember m = member(r);
            m.id = firstId + i;
            all.add(m);
            if ((i & 4095) == 0) {
                progress.accept((double) i / n);
            }
        }
        return all;
    }

    private DemoMember member(SplittableRandom r) {
        DemoMember m = new DemoMember();
        m.cell = cellPicker.pick(r);
        CellType type = units.get(m.cell).type();
        m.gender = gender(type, r);
        m.names = MemberNames.of(DemoNames.person(r, m.gender));
        boolean probationary = type != CellType.RETIREES && r.nextDouble() < 0.05;
        if (probationary) {
            m.birth = AS_OF.minusDays((long) ((19 + 26 * r.nextDouble()) * 365.25));
            m.decision = AS_OF.minusDays(31 + r.nextInt(300));
        } else {
            m.birth = AS_OF.minusDays((long) (age(type, r) * 365.25));
            LocalDate earliest = m.birth.plusYears(18).plusDays(1);
            LocalDate latest = min(m.birth.plusYears(60), AS_OF.minusMonths(14));
            long span = Math.max(0, ChronoUnit.DAYS.between(earliest, latest));
            m.decision = earliest.plusDays((long) (span * Math.pow(r.nextDouble(), 1.4)));
        }
        m.ceremony = m.decision.plusDays(3 + r.nextInt(28));
        if (probationary) {
            m.status = MemberStatus.PROBATIONARY;
        } else {
            m.full = m.ceremony.plusYears(1);
            m.cardNumber = String.format("56.%06d", ++cardSeq);
            status(m, r);
        }
        m.strong = r.nextDouble() < 0.10;
        m.occupation = occupation(type, m, r);
        return m;
    }

    private static Gender gender(CellType type, SplittableRandom r) {
        double male = switch (type) {
            case MILITARY, POLICE -> 0.92;
            case SCHOOL, HEALTH_STATION -> 0.35;
            case ENTERPRISE -> 0.4;
            default -> 0.58;
        };
        return r.nextDouble() < male ? Gender.MALE : Gender.FEMALE;
    }

    private static double age(CellType type, SplittableRandom r) {
        double u = r.nextDouble();
        return switch (type) {
            case RETIREES -> 60 + 32 * Math.pow(u, 1.4);
            case MILITARY, POLICE -> 23 + 27 * u;
            case SCHOOL, HEALTH_STATION, ADMIN_AGENCY, ENTERPRISE, COOPERATIVE, PUBLIC_SERVICE_UNIT -> 24 + 35 * u;
            default -> u < 0.3 ? 22 + 18 * r.nextDouble()
                    : u < 0.7 ? 40 + 20 * r.nextDouble() : 60 + 30 * Math.pow(r.nextDouble(), 1.5);
        };
    }

    private static void status(DemoMember m, SplittableRandom r) {
        int age = m.ageAt(AS_OF);
        if (r.nextDouble() < (age >= 70 ? 0.05 : 0.004)) {
            set(m, MemberStatus.DECEASED, 4 * 365, r);
        } else if (age < 65 && r.nextDouble() < 0.02) {
            set(m, MemberStatus.TRANSFERRED_OUT, 3 * 365, r);
        } else if (age < 60 && r.nextDouble() < 0.015) {
            set(m, MemberStatus.TEMPORARILY_AWAY, 300, r);
            m.expectedReturn = m.statusDate.plusDays(180 + r.nextInt(186));
        } else if (r.nextDouble() < 0.0015) {
            set(m, MemberStatus.REMOVED, 2 * 365, r);
        } else if (age >= 70 && r.nextDouble() < 0.4) {
            LocalDate seventy = m.birth.plusYears(70);
            set(m, MemberStatus.EXEMPT_WORK_MEETINGS, (int) ChronoUnit.DAYS.between(max(seventy, AS_OF.minusYears(8)), AS_OF), r);
        } else {
            m.status = MemberStatus.OFFICIAL;
        }
        boolean keepsGoing = m.status == MemberStatus.OFFICIAL || m.status == MemberStatus.EXEMPT_WORK_MEETINGS;
        LocalDate longAgo = AS_OF.minusYears(6);
        if (keepsGoing && m.full.isBefore(longAgo) && r.nextDouble() < 0.012) {
            long room = ChronoUnit.DAYS.between(m.full, AS_OF.minusYears(4));
            LocalDate from = m.full.plusDays(1 + (long) (room * r.nextDouble()));
            LocalDate to = from.plusDays(90 + r.nextInt(450));
            if (m.statusDate == null || to.isBefore(m.statusDate)) {
                m.gapFrom = from;
                m.gapTo = to;
                m.gapReason = r.nextBoolean() ? "LOSS_OF_CONTACT" : "TRANSFER_GAP";
            }
        }
    }

    /// The status began on a day after full membership, within `spanDays` before the snapshot day.
    private static void set(DemoMember m, MemberStatus s, int spanDays, SplittableRandom r) {
        LocalDate lo = max(m.full.plusDays(1), AS_OF.minusDays(Math.max(1, spanDays)));
        long days = Math.max(0, ChronoUnit.DAYS.between(lo, AS_OF));
        m.status = s;
        m.statusDate = lo.plusDays(days == 0 ? 0 : r.nextLong(days + 1));
    }

    private static String occupation(CellType type, DemoMember m, SplittableRandom r) {
        return switch (type) {
            case SCHOOL -> "Giáo viên";
            case HEALTH_STATION -> r.nextBoolean() ? "Y sĩ" : "Điều dưỡng";
            case MILITARY -> "Quân nhân";
            case POLICE -> "Công an";
            case ADMIN_AGENCY -> "Công chức";
            case ENTERPRISE -> r.nextDouble() < 0.8 ? "Công nhân" : "Kỹ thuật viên";
            case COOPERATIVE -> "Xã viên hợp tác xã";
            case RETIREES -> "Hưu trí";
            default -> m.ageAt(AS_OF) >= 62 && r.nextBoolean() ? "Hưu trí" : VILLAGE_JOBS.pick(r);
        };
    }

    static String theoryLevel(SplittableRandom r) {
        return THEORY.pick(r);
    }

    static String homeTown(SplittableRandom r) {
        return r.nextDouble() < 0.7 ? "Phú Sơn, Khánh Hòa" : HOME_TOWNS[r.nextInt(HOME_TOWNS.length)];
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
