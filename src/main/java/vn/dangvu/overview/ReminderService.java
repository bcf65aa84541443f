package vn.dangvu.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.db.Database;
import vn.dangvu.meetings.MeetingReminders;
import vn.dangvu.meetings.MeetingService;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.Probation;
import vn.dangvu.party.TransferLetter;
import vn.dangvu.plans.Activity;
import vn.dangvu.plans.PlanService;

/// Reminders for the overview (issue 3): probation ending or overdue for the cell's vote, members away past
/// their return date, the 3-monthly register reconciliation (domain.md §4.1, §4.4); with the plan and the meetings
/// (issue 10), the plan's overdue activities and the members absent 3 times in a row without a reason or with 3
/// months of unpaid dues (§4.4).
public final class ReminderService {

    /// Arrivals older than this many months are no longer reminded of (the committee has dealt with them one way
    /// or another by then).
    public static final int LATE_LETTER_MONTHS = 12;

    private final Database db;
    private final ReminderRepository repo;
    private final AuditService audit;
    private final Clock clock;
    private final Optional<PlanService> plans;
    private final Optional<MeetingService> meetings;

    public ReminderService(Database db, ReminderRepository repo, AuditService audit, Clock clock) {
        this(db, repo, audit, clock, Optional.empty(), Optional.empty());
    }

    public ReminderService(Database db, ReminderRepository repo, AuditService audit, Clock clock, PlanService plans,
                           MeetingService meetings) {
        this(db, repo, audit, clock, Optional.of(plans), Optional.of(meetings));
    }

    private ReminderService(Database db, ReminderRepository repo, AuditService audit, Clock clock, Optional<PlanService> plans,
                            Optional<MeetingService> meetings) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
        this.plans = plans;
        this.meetings = meetings;
    }

    public Reminders load() {
        LocalDate today = LocalDate.now(clock);
        // Probation ends 12 months after the ceremony: only ceremonies up to (today + 60 days - 12 months) matter.
        LocalDate latestCeremony = today.plusDays(ReminderRules.PROBATION_NOTICE_DAYS).minusMonths(12);
        return db.read(trx -> {
            Set<LocalDate> holidays = repo.holidays(trx.dsl());
            List<Reminders.Probation> probation = new ArrayList<>();
            for (ReminderRepository.ProbationCandidate c : repo.probationary(trx.dsl(), latestCeremony)) {
                ReminderRules.probation(MemberStatus.PROBATIONARY, c.ceremonyDate(), today, holidays).ifPresent(stage -> {
                    LocalDate end = Probation.end(c.ceremonyDate());
                    probation.add(new Reminders.Probation(c.memberId(), c.fullName(), c.unitName(), stage, end,
                            ReminderRules.voteDeadline(end, holidays)));
                });
            }
            List<Reminders.Away> away = new ArrayList<>();
            for (ReminderRepository.AwayCandidate c : repo.awayReturnBefore(trx.dsl(), today)) {
                if (ReminderRules.awayPastReturn(MemberStatus.TEMPORARILY_AWAY, c.expectedReturn(), today)) {
                    away.add(new Reminders.Away(c.memberId(), c.fullName(), c.unitName(), c.expectedReturn()));
                }
            }
            List<Reminders.LateLetter> late = new ArrayList<>();
            for (ReminderRepository.Arrival a : repo.undecidedArrivals(trx.dsl(), today.minusMonths(LATE_LETTER_MONTHS))) {
                TransferLetter.Lateness l = TransferLetter.lateness(a.letterDate(), a.arrival(), holidays);
                if (l.removalReview()) {
                    late.add(new Reminders.LateLetter(a.memberId(), a.fullName(), a.unitName(), a.letterDate(), a.arrival(),
                            l.deadline()));
                }
            }
            Optional<LocalDate> last = repo.lastReconciliation(trx.dsl());
            List<Activity> overdue = plans.map(p -> p.overdue(today)).orElse(List.of());
            MeetingReminders m = meetings.map(s -> s.reminders(today)).orElse(new MeetingReminders(List.of(), List.of()));
            return new Reminders(today, List.copyOf(probation), List.copyOf(away),
                    ReminderRules.reconciliationDue(last, today), last, overdue, m, List.copyOf(late));
        });
    }

    /// Records that the register was reconciled today (the "Đã đối chiếu" button).
    public LocalDate markReconciled() {
        LocalDate today = LocalDate.now(clock);
        db.save(trx -> {
            Optional<LocalDate> before = repo.lastReconciliation(trx.dsl());
            repo.saveLastReconciliation(trx.dsl(), today);
            audit.record(AuditChange.general("REGISTER_RECONCILED", "member_register", "Register reconciled on " + today)
                    .values(before.map(LocalDate::toString).orElse(null), today.toString()));
            return null;
        });
        return today;
    }
}
