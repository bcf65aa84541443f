package vn.dangvu.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;

/// The Party badge due list for a presentation round (3/2, 19/5, 2/9, 7/11).
public final class BadgeService {

    private final Database db;
    private final BadgeRepository repo;

    public BadgeService(Database db, BadgeRepository repo) {
        this.db = db;
        this.repo = repo;
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
        for (BadgeRepository.Loaded l : db.read(trx -> repo.candidates(trx.dsl()))) {
            BadgeRules.evaluate(l.candidate(), round).ifPresent(d -> out.add(new BadgeDueRow(l.candidate().memberId(),
                    l.fullName(), l.birthDate(), l.unitName(), l.candidate().admissionDecision(), l.fullMembershipDate(),
                    d.milestone(), d.dueDate(), d.note(), d.blockedUntil(), l.sortKey())));
        }
        out.sort(Comparator.comparingInt(BadgeDueRow::milestone).reversed().thenComparing(BadgeDueRow::sortKey));
        return out;
    }
}
