package vn.dangvu.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.plans.PlanService;
import vn.dangvu.years.WorkingYearService;

/// Cell meetings (issue 10; CT 50-CT/TW, HD 42-HD/BTCTW 2025, domain.md §3.3): one record per cell and month (plus
/// a separate thematic one and any extraordinary ones), with each expected member's attendance; the attendance of a
/// year for the rating ([#attendance]); the reminders of absences and unpaid dues (grounds for xóa tên, §4.4).
/// A recorded regular meeting marks the cell's planned meeting of that month done ([PlanService#cellMeetingHeld]).
public final class MeetingService {

    /// How far back the reminders look for a run of absences.
    static final int REMINDER_MONTHS = 12;

    private final Database db;
    private final MeetingRepository repo;
    private final AuditService audit;
    private final WorkingYearService years;
    private final PlanService plans;
    private final Clock clock;

    public MeetingService(Database db, MeetingRepository repo, AuditService audit, WorkingYearService years,
                          PlanService plans, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
        this.years = years;
        this.plans = plans;
        this.clock = clock;
    }

    /// The meetings of a year (of one cell, or all).
    public List<Meeting> list(int year, Optional<Long> unitId) {
        return db.read(trx -> repo.meetings(trx.dsl(), year, unitId));
    }

    /// The meetings of a cell and month.
    public List<Meeting> list(long unitId, YearMonth month) {
        return db.read(trx -> repo.meetings(trx.dsl(), unitId, month));
    }

    /// The members expected at a meeting of the cell on `day` ([MeetingRules#roll]).
    public List<RollMember> roll(long unitId, LocalDate day) {
        return db.read(trx -> roll(trx.dsl(), unitId, day));
    }

    /// The clerk's sheet of a cell and month: the regular meeting recorded, else a new one on the day planned
    /// with everyone on that day's roll present.
    public MeetingSheet sheet(long unitId, YearMonth month) throws AppException {
        return db.change(trx -> {
            MeetingRepository.Unit unit = cell(trx.dsl(), unitId);
            Optional<Long> regular = repo.inSlot(trx.dsl(), unitId, month, MeetingKind.REGULAR.slot());
            if (regular.isPresent()) {
                return sheet(trx.dsl(), unit, repo.meeting(trx.dsl(), regular.get()).orElseThrow());
            }
            return newSheet(trx.dsl(), unit, plans.meetingDay(unitId, month));
        });
    }

    /// The sheet of a recorded meeting.
    public MeetingSheet sheet(long meetingId) throws AppException {
        return db.change(trx -> {
            Meeting m = repo.meeting(trx.dsl(), meetingId).orElseThrow(() -> new AppException("meeting.error.notFound"));
            return sheet(trx.dsl(), cell(trx.dsl(), m.unitId()), m);
        });
    }

    /// A new sheet of the cell on `day`: everyone on that day's roll present.
    public MeetingSheet newSheet(long unitId, LocalDate day) throws AppException {
        return db.change(trx -> newSheet(trx.dsl(), cell(trx.dsl(), unitId), day));
    }

    /// Records (no id) or corrects a meeting; returns its id. Refuses a closed year, a day outside the meeting's
    /// month, an end before the start, a second regular (or thematic) meeting of the cell and month, and a member
    /// not on the cell's roll that day; members of the roll left out are recorded present. Nothing is written on a
    /// refusal.
    public long save(MeetingInput in) throws AppException {
        return db.change(trx -> {
            years.requireWritable(in.month().getYear());
            MeetingRepository.Unit unit = cell(trx.dsl(), in.unitId());
            Optional<Meeting> before = Optional.empty();
            if (in.id().isPresent()) {
                before = Optional.of(repo.meeting(trx.dsl(), in.id().get()).orElseThrow(() -> new AppException("meeting.error.notFound")));
                years.requireWritable(before.get().month().getYear());
            }
            List<AttendanceEntry> lines = checked(trx.dsl(), unit, in);
            if (in.kind().slot() != null) {
                Optional<Long> taken = repo.inSlot(trx.dsl(), in.unitId(), in.month(), in.kind().slot());
                if (taken.isPresent() && !taken.equals(in.id())) {
                    Meeting other = repo.meeting(trx.dsl(), taken.get()).orElseThrow();
                    throw new AppException("meeting.error.duplicate", unit.name(), MeetingRules.month(in.month()),
                            other.heldOn());
                }
            }
            LocalDateTime now = LocalDateTime.now(clock);
            long id;
            if (before.isPresent()) {
                id = before.get().id();
                repo.update(trx.dsl(), id, in, now);
                if (before.get().kind().slot() != null) {
                    plans.cellMeetingRemoved(before.get().unitId(), before.get().heldOn());
                }
            } else {
                id = repo.insert(trx.dsl(), in, now);
            }
            repo.replaceAttendance(trx.dsl(), id, lines);
            if (MeetingKind.REGULAR.slot().equals(in.kind().slot())) {
                plans.cellMeetingHeld(in.unitId(), in.heldOn());
            }
            audit.record(AuditChange.of(before.isPresent() ? "MEETING_EDIT" : "MEETING_ADD", "cell_meeting", id,
                    unit.name() + " " + MeetingRules.month(in.month()) + " " + in.kind())
                    .values(before.map(MeetingService::describe).orElse(null), describe(in, lines)));
            return id;
        });
    }

    /// Records many meetings in one change, each checked as [#save] does (the demo, an import).
    public int saveAll(List<MeetingInput> all) throws AppException {
        return db.change(trx -> {
            for (MeetingInput in : all) {
                save(in);
            }
            return all.size();
        });
    }

    public void delete(long id) throws AppException {
        db.change(trx -> {
            Meeting m = repo.meeting(trx.dsl(), id).orElseThrow(() -> new AppException("meeting.error.notFound"));
            years.requireWritable(m.month().getYear());
            repo.delete(trx.dsl(), id);
            if (m.kind().slot() != null) {
                plans.cellMeetingRemoved(m.unitId(), m.heldOn());
            }
            audit.record(AuditChange.of("MEETING_DELETE", "cell_meeting", id, m.unitName() + " "
                    + MeetingRules.month(m.month()) + " " + m.kind()).values(describe(m), null));
            return null;
        });
    }

    /// Each member's meetings of a year, by member id: held while expected, present, absent with and without a
    /// reason, and the longest run of absences without a reason (for the rating, issue 11).
    public List<MemberAttendance> attendance(int year) {
        List<MeetingRepository.Line> lines = db.read(trx -> repo.lines(trx.dsl(), year));
        Map<Long, List<Attendance>> byMember = new LinkedHashMap<>();
        for (MeetingRepository.Line l : lines) {
            byMember.computeIfAbsent(l.memberId(), k -> new ArrayList<>()).add(l.attendance());
        }
        List<MemberAttendance> out = new ArrayList<>();
        byMember.forEach((member, list) -> out.add(new MemberAttendance(member, list.size(),
                count(list, Attendance.PRESENT), count(list, Attendance.ABSENT_EXCUSED),
                count(list, Attendance.ABSENT_UNEXCUSED), MeetingRules.longestUnexcusedRun(list))));
        return out;
    }

    /// Members on the roll whose latest meetings (in the last 12 months of years not closed) were 3 or more
    /// absences in a row without a reason, and members with 3 or more months of unpaid dues in a year not closed.
    public MeetingReminders reminders(LocalDate today) {
        return db.read(trx -> {
            Map<Long, List<MeetingRepository.Line>> byMember = repo.recentLines(trx.dsl(), today.minusMonths(REMINDER_MONTHS))
                    .stream().collect(Collectors.groupingBy(MeetingRepository.Line::memberId, LinkedHashMap::new, Collectors.toList()));
            Map<Long, Integer> runs = new HashMap<>();
            Map<Long, LocalDate> last = new HashMap<>();
            byMember.forEach((member, list) -> {
                int run = MeetingRules.currentUnexcusedRun(list.stream().map(MeetingRepository.Line::attendance).toList());
                if (run >= MeetingRules.ABSENCE_RUN) {
                    runs.put(member, run);
                    last.put(member, list.getLast().heldOn());
                }
            });
            List<MeetingReminders.AbsenceRun> absences = runs.isEmpty() ? List.of() : repo.people(trx.dsl(), runs.keySet())
                    .stream().map(p -> new MeetingReminders.AbsenceRun(p.id(), p.fullName(), p.unitName(), runs.get(p.id()),
                            last.get(p.id()))).toList();
            return new MeetingReminders(absences, repo.unpaidDues(trx.dsl(), MeetingRules.UNPAID_MONTHS));
        });
    }

    private MeetingRepository.Unit cell(DSLContext t, long unitId) throws AppException {
        MeetingRepository.Unit u = repo.unit(t, unitId).orElseThrow(() -> new AppException("meeting.error.unitUnknown"));
        if (!u.kind().isCell()) {
            throw new AppException("meeting.error.notACell", u.name());
        }
        return u;
    }

    private List<RollMember> roll(DSLContext t, long unitId, LocalDate day) {
        List<MeetingRules.Candidate> candidates = repo.candidates(t, unitId, day);
        List<MeetingRules.Change> changes = candidates.isEmpty() ? List.of()
                : repo.changesAfter(t, candidates.stream().map(MeetingRules.Candidate::memberId).toList(), day);
        return MeetingRules.roll(unitId, day, candidates, changes);
    }

    private MeetingSheet newSheet(DSLContext t, MeetingRepository.Unit unit, LocalDate day) {
        List<RollMember> roll = roll(t, unit.id(), day);
        return new MeetingSheet(unit.id(), unit.name(), Optional.empty(), day, roll,
                roll.stream().map(r -> AttendanceEntry.present(r.memberId())).toList());
    }

    private MeetingSheet sheet(DSLContext t, MeetingRepository.Unit unit, Meeting m) {
        return new MeetingSheet(unit.id(), unit.name(), Optional.of(m), m.heldOn(), roll(t, unit.id(), m.heldOn()),
                repo.attendance(t, m.id()));
    }

    /// The lines to store: the input checked against the roll of the day, then the roll members left out, present.
    private List<AttendanceEntry> checked(DSLContext t, MeetingRepository.Unit unit, MeetingInput in) throws AppException {
        if (in.heldOn() != null && unit.dissolved().isPresent() && in.heldOn().isAfter(unit.dissolved().get())) {
            throw new AppException("meeting.error.cellDissolved", unit.name(), unit.dissolved().get());
        }
        List<RollMember> roll = in.heldOn() == null ? List.of() : roll(t, unit.id(), in.heldOn());
        Set<Long> ids = roll.stream().map(RollMember::memberId).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>(repo.names(t, in.attendance().stream().map(AttendanceEntry::memberId).toList()));
        List<MeetingRules.Problem> problems = MeetingRules.check(in, ids, names);
        if (!problems.isEmpty()) {
            throw new AppException(problems.getFirst().key(), problems.getFirst().args().toArray());
        }
        Map<Long, AttendanceEntry> given = new LinkedHashMap<>();
        in.attendance().forEach(e -> given.put(e.memberId(), e));
        List<AttendanceEntry> out = new ArrayList<>();
        for (RollMember r : roll) {
            out.add(given.getOrDefault(r.memberId(), AttendanceEntry.present(r.memberId())));
        }
        return out;
    }

    private static int count(List<Attendance> list, Attendance a) {
        return (int) list.stream().filter(x -> x == a).count();
    }

    private static String describe(MeetingInput in, List<AttendanceEntry> lines) {
        return in.heldOn() + " " + in.kind() + in.start().map(s -> " " + s).orElse("") + in.end().map(e -> "-" + e).orElse("")
                + in.topic().map(x -> " | " + x).orElse("") + " | absent: " + lines.stream()
                .filter(l -> l.attendance() != Attendance.PRESENT)
                .map(l -> l.memberId() + (l.attendance() == Attendance.ABSENT_EXCUSED ? "(P)" : "(K)")).toList()
                + " | dues unpaid: " + lines.stream().filter(AttendanceEntry::duesUnpaid).map(AttendanceEntry::memberId).toList();
    }

    private static String describe(Meeting m) {
        return m.heldOn() + " " + m.kind() + " present " + m.present() + "/" + m.expected();
    }
}
