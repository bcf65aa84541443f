package vn.dangvu.meetings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.party.EventType;
import vn.dangvu.party.MemberStatus;

/// The rules of cell meetings (CT 50-CT/TW, HD 42-HD/BTCTW 2025; domain.md §3.3, §4.4): who is expected, what a
/// record must satisfy, how long a meeting must last, and the runs of absences without a reason. Pure functions.
public final class MeetingRules {

    static final int MAX_TOPIC = 1000;
    static final int MAX_NOTE = 2000;
    static final int MAX_REASON = 500;
    /// Absences without a reason in a row that make a ground for xóa tên (domain.md §4.4).
    public static final int ABSENCE_RUN = 3;
    /// Months of unpaid dues in a year that make a ground for xóa tên (Q01-QĐ/TW 2026; domain.md §9).
    public static final int UNPAID_MONTHS = 3;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:h.g](\\d{2})?)?");

    private MeetingRules() {
    }

    /// A member who is, or was, in the cell: the current cell and status, name and sort key.
    public record Candidate(long memberId, String fullName, String sortKey, Long unitId, MemberStatus status) {
    }

    /// A lifecycle event as it changed the member: the cell left (`fromUnit`) and the status before (null: the
    /// member was not on the commune's roll before it, e.g. an admission or a transfer in).
    public record Change(long memberId, long id, LocalDate date, EventType type, Long fromUnit, MemberStatus before) {
    }

    /// A problem of a meeting record: the i18n key and its arguments.
    public record Problem(String key, List<Object> args) {
        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    /// Members expected at a meeting of `unitId` on `day`: each candidate's cell and status on that day, found by
    /// undoing the events after it (latest first) from today's cell and status; PROBATIONARY and OFFICIAL members of
    /// the cell are expected. In the order of `candidates` (give them in Vietnamese name order).
    public static List<RollMember> roll(long unitId, LocalDate day, List<Candidate> candidates, List<Change> changes) {
        Map<Long, List<Change>> later = new HashMap<>();
        for (Change c : changes) {
            if (c.date().isAfter(day)) {
                later.computeIfAbsent(c.memberId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<RollMember> out = new ArrayList<>();
        for (Candidate m : candidates) {
            Long unit = m.unitId();
            MemberStatus status = m.status();
            List<Change> undo = later.getOrDefault(m.memberId(), List.of()).stream()
                    .sorted(Comparator.comparing(Change::date).thenComparing(Change::id).reversed()).toList();
            for (Change c : undo) {
                if (c.before() == null && entersTheRoll(c.type())) {
                    status = null;
                } else if (c.before() != null) {
                    status = c.before();
                }
                if (c.fromUnit() != null) {
                    unit = c.fromUnit();
                }
            }
            if (status != null && expected(status) && unit != null && unit == unitId) {
                out.add(new RollMember(m.memberId(), m.fullName(), status));
            }
        }
        return out;
    }

    private static boolean entersTheRoll(EventType t) {
        return t == EventType.ADMISSION || t == EventType.TRANSFER_IN || t == EventType.READMISSION;
    }

    /// Statuses expected at their cell's meetings.
    public static boolean expected(MemberStatus s) {
        return s == MemberStatus.PROBATIONARY || s == MemberStatus.OFFICIAL;
    }

    /// Problems of a record: the day inside the meeting's month (and so its year), the end after the start, a
    /// topic for a thematic meeting, a reason for each excused absence, each member once and on the roll, lengths.
    /// `names` gives the members' names for the messages (row numbers follow `attendance`).
    public static List<Problem> check(MeetingInput in, Set<Long> roll, Map<Long, String> names) {
        List<Problem> out = new ArrayList<>();
        if (in.heldOn() == null) {
            out.add(Problem.of("meeting.error.dateRequired"));
        } else if (!YearMonth.from(in.heldOn()).equals(in.month())) {
            out.add(Problem.of("meeting.error.outsideMonth", in.heldOn(), month(in.month())));
        }
        if (in.start().isPresent() != in.end().isPresent()) {
            out.add(Problem.of("meeting.error.bothTimes"));
        } else if (in.start().isPresent() && !in.end().get().isAfter(in.start().get())) {
            out.add(Problem.of("meeting.error.endBeforeStart", in.end().get().toString(), in.start().get().toString()));
        }
        if (in.kind().thematic() && in.topic().map(Text::clean).orElse("").isEmpty()) {
            out.add(Problem.of("meeting.error.topicRequired", I18n.t(in.kind().i18nKey())));
        }
        tooLong(out, in.topic(), "meeting.field.topic", MAX_TOPIC);
        tooLong(out, in.note(), "meeting.field.note", MAX_NOTE);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < in.attendance().size(); i++) {
            AttendanceEntry e = in.attendance().get(i);
            String name = names.getOrDefault(e.memberId(), "#" + e.memberId());
            if (!seen.add(e.memberId())) {
                out.add(Problem.of("meeting.error.twice", i + 1, name));
            } else if (!roll.contains(e.memberId())) {
                out.add(Problem.of("meeting.error.notOnRoll", i + 1, name, month(in.month())));
            }
            if (e.attendance() == Attendance.ABSENT_EXCUSED && e.reason().map(Text::clean).orElse("").isEmpty()) {
                out.add(Problem.of("meeting.error.reasonRequired", i + 1, name));
            }
            if (e.reason().map(Text::clean).orElse("").length() > MAX_REASON) {
                out.add(Problem.of("meeting.error.reasonTooLong", i + 1, name, MAX_REASON));
            }
        }
        return out;
    }

    /// The meeting is shorter than its kind's minimum (90 minutes; 120 for a combined one), when both times are known.
    public static Optional<Integer> shortBy(MeetingInput in) {
        if (in.start().isEmpty() || in.end().isEmpty() || !in.end().get().isAfter(in.start().get())) {
            return Optional.empty();
        }
        long minutes = Duration.between(in.start().get(), in.end().get()).toMinutes();
        return minutes < in.kind().minMinutes() ? Optional.of((int) minutes) : Optional.empty();
    }

    /// The longest run of [Attendance#ABSENT_UNEXCUSED] in a member's meetings in date order.
    public static int longestUnexcusedRun(List<Attendance> inOrder) {
        int best = 0;
        int run = 0;
        for (Attendance a : inOrder) {
            run = a == Attendance.ABSENT_UNEXCUSED ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /// The run of [Attendance#ABSENT_UNEXCUSED] at the end of a member's meetings in date order (the latest ones).
    public static int currentUnexcusedRun(List<Attendance> inOrder) {
        int run = 0;
        for (int i = inOrder.size() - 1; i >= 0 && inOrder.get(i) == Attendance.ABSENT_UNEXCUSED; i--) {
            run++;
        }
        return run;
    }

    /// A time as a clerk types it: "19:30", "19h30", "19.30", "7:05", "19h", "19"; blank is no time. Refused with a
    /// message naming the field ("Giờ bắt đầu: 25:00 không phải giờ hợp lệ").
    public static Optional<LocalTime> time(String typed, String field) throws AppException {
        String t = Text.clean(typed).toLowerCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(t);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null || m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
            if (h <= 23 && min <= 59) {
                return Optional.of(LocalTime.of(h, min));
            }
        }
        throw new AppException("meeting.error.time", field, Text.clean(typed));
    }

    /// "19:30".
    public static String time(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    /// "3/2026".
    static String month(YearMonth m) {
        return m.getMonthValue() + "/" + m.getYear();
    }

    private static void tooLong(List<Problem> out, Optional<String> text, String field, int max) {
        if (text.map(Text::clean).orElse("").length() > max) {
            out.add(Problem.of("meeting.error.tooLong", I18n.t(field), max));
        }
    }
}
