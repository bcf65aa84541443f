package vn.dangvu.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;

/// The Party badge due list for a presentation round (3/2, 19/5, 2/9, 7/11).
public final class BadgeService {

    private final Database db;
    private final BadgeRepository repo;
    private final AuditService audit;

    public BadgeService(Database db, BadgeRepository repo, AuditService audit) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
    }

    /// The code of the rule set whose discipline holds apply to a round of `year` (empty when the file has none).
    public Optional<String> ruleSetFor(int year) {
        return db.read(trx -> repo.ruleSetFor(trx.dsl(), year));
    }

    /// The rule set whose discipline holds apply to a round of `year`, and those holds (null months: while the
    /// discipline stands). Empty map when the file has no rule set.
    public Map<BadgeRules.DisciplineForm, Integer> holds(int year) {
        return db.read(trx -> repo.ruleSetFor(trx.dsl(), year).map(code -> repo.holds(trx.dsl(), code)).orElse(Map.of()));
    }

    /// Sets how long `form` holds the badge back under a rule set (a province's reading of §5.2, entered as data):
    /// `months` null means while the discipline stands, 0 not at all. Audited; an unknown rule set or a negative or
    /// absurd month count is refused and nothing is written.
    public void setHold(String ruleSet, BadgeRules.DisciplineForm form, Integer months) throws AppException {
        if (months != null && (months < 0 || months > 120)) {
            throw new AppException("badge.error.holdMonths", months);
        }
        db.change(trx -> {
            if (!repo.ruleSetExists(trx.dsl(), ruleSet)) {
                throw new AppException("badge.error.ruleSetUnknown", ruleSet);
            }
            Integer before = repo.holds(trx.dsl(), ruleSet).get(form);
            repo.setHold(trx.dsl(), ruleSet, form, months, "user");
            audit.record(AuditChange.general("BADGE_HOLD", "badge_discipline_hold", "Badge hold " + ruleSet + " " + form)
                    .values(String.valueOf(before), String.valueOf(months)));
            return null;
        });
    }

    /// The note column in Vietnamese: "Đến hạn", "Truy tặng", "Xét sớm (ốm nặng)"…, plus the discipline hold.
    public static String noteText(BadgeDueRow r) {
        String note = I18n.t(r.note().i18nKey());
        return r.blockedUntil().map(d -> note + "; " + I18n.t("badge.blocked", d)).orElse(note);
    }

    /// Writes badges already presented (a bulk load: the demo commune), as one jOOQ batch inside the caller's
    /// transaction when there is one. Returns how many.
    public int recordAwards(List<BadgeAward> awards) {
        return db.save(trx -> repo.insertAwards(trx.dsl(), awards));
    }

    /// Members due a badge at `round`: highest milestone first, then Vietnamese name order.
    public List<BadgeDueRow> dueList(LocalDate round) throws AppException {
        if (!BadgeRules.isRound(round)) {
            throw new AppException("badge.error.notRound", round);
        }
        List<BadgeDueRow> out = new ArrayList<>();
        BadgeRules.Holds holds = BadgeRules.Holds.of(holds(round.getYear()));
        for (BadgeRepository.Loaded l : db.read(trx -> repo.candidates(trx.dsl()))) {
            BadgeRules.evaluate(l.candidate(), round, holds).ifPresent(d -> out.add(new BadgeDueRow(l.candidate().memberId(),
                    l.fullName(), l.birthDate(), l.unitName(), l.candidate().admissionDecision(), l.fullMembershipDate(),
                    d.milestone(), d.dueDate(), d.note(), d.blockedUntil(), l.sortKey(), l.candidate().deathDate())));
        }
        out.sort(Comparator.comparingInt(BadgeDueRow::milestone).reversed().thenComparing(BadgeDueRow::sortKey));
        return out;
    }
}
