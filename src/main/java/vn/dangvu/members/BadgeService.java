package vn.dangvu.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
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

    /// What [#markAwardedBefore] did: members whose history it completed, badges it recorded.
    public record Marked(int members, int badges) {
    }

    /// The badges a member list carries in, inside the caller's transaction (the import): `carried` per member (a
    /// milestone already on file is left as it is); `known` members get their history marked as known (the list had
    /// badge columns), `unknown` ones as not known ("chưa có dữ liệu huy hiệu"). The caller audits the load.
    public int carryIn(Map<Long, List<CarriedBadge>> carried, Collection<Long> known, Collection<Long> unknown)
            throws AppException {
        return db.change(trx -> {
            var t = trx.dsl();
            Map<Long, Set<Integer>> onFile = repo.awarded(t, carried.keySet());
            List<BadgeAward> awards = new ArrayList<>();
            carried.forEach((id, badges) -> {
                Set<Integer> has = onFile.getOrDefault(id, new HashSet<>());
                for (CarriedBadge b : badges) {
                    if (has.add(b.milestone())) {
                        awards.add(new BadgeAward(id, b.milestone(), null, b.decisionNo().orElse(null), null, null, null,
                                b.awarded().orElse(null), false, false, null, null));
                    }
                }
            });
            repo.insertAwards(t, awards);
            repo.deleteUnknown(t, known);
            repo.insertUnknown(t, unknown);
            return awards.size();
        });
    }

    /// How many members have no badge history on file.
    public int unknownHistoryCount() {
        return db.read(trx -> repo.unknown(trx.dsl()).size());
    }

    /// For every member without badge history: records every milestone reached before `before` as awarded (the
    /// committee knows the badges of earlier rounds were presented, not the details), and marks the history known.
    /// One transaction, audited.
    public Marked markAwardedBefore(LocalDate before) throws AppException {
        return db.change(trx -> {
            var t = trx.dsl();
            Set<Long> unknown = repo.unknown(t);
            List<BadgeAward> awards = new ArrayList<>();
            for (BadgeRepository.Loaded l : repo.candidates(t)) {
                BadgeRules.Candidate c = l.candidate();
                if (!unknown.contains(c.memberId())) {
                    continue;
                }
                for (int m : BadgeRules.MILESTONES) {
                    if (!c.awarded().contains(m) && PartyAge.milestoneDate(c.admissionDecision(), c.gaps(), m).isBefore(before)) {
                        awards.add(new BadgeAward(c.memberId(), m, null, null, null, null, null, null, false, false, null, null));
                    }
                }
            }
            repo.insertAwards(t, awards);
            repo.deleteUnknown(t, unknown);
            audit.record(AuditChange.general("BADGE_MARK_AWARDED", "badge_award", "Milestones reached before "
                    + Dates.format(before) + " marked awarded: " + awards.size() + " badges, " + unknown.size() + " members"));
            return new Marked(unknown.size(), awards.size());
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

    /// A badge that fell due before this round is "quá hạn" only when the member's badge history is on file; an
    /// imported member without it most likely received it in its round: "chưa có dữ liệu huy hiệu".
    private static BadgeRules.Note noHistory(BadgeRules.Note note, boolean unknown) {
        return unknown && note == BadgeRules.Note.OVERDUE ? BadgeRules.Note.NO_HISTORY : note;
    }

    /// Members due a badge at `round`: highest milestone first, then Vietnamese name order.
    public List<BadgeDueRow> dueList(LocalDate round) throws AppException {
        if (!BadgeRules.isRound(round)) {
            throw new AppException("badge.error.notRound", round);
        }
        List<BadgeDueRow> out = new ArrayList<>();
        BadgeRules.Holds holds = BadgeRules.Holds.of(holds(round.getYear()));
        Set<Long> unknown = new HashSet<>();
        for (BadgeRepository.Loaded l : db.read(trx -> {
            unknown.addAll(repo.unknown(trx.dsl()));
            return repo.candidates(trx.dsl());
        })) {
            BadgeRules.evaluate(l.candidate(), round, holds).ifPresent(d -> out.add(new BadgeDueRow(l.candidate().memberId(),
                    l.fullName(), l.birthDate(), l.unitName(), l.candidate().admissionDecision(), l.fullMembershipDate(),
                    d.milestone(), d.dueDate(), noHistory(d.note(), unknown.contains(l.candidate().memberId())), d.blockedUntil(),
                    l.sortKey(), l.candidate().deathDate())));
        }
        out.sort(Comparator.comparingInt(BadgeDueRow::milestone).reversed().thenComparing(BadgeDueRow::sortKey));
        return out;
    }
}
