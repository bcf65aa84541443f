package vn.dangvu.commendation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import vn.dangvu.common.AppException;
import vn.dangvu.rating.Grade;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.RatingFixture;
import vn.dangvu.rating.RatingInput;
import vn.dangvu.rating.Subject;

/// The rating tests' commune (today 21/11/2026, years 2025 and 2026 opened) with five members in the two hamlet
/// cells: Nguyễn Văn An HTXSNV in 2025 and 2026, the others HTTNV; every organisation HTTNV, so the 2026 rating is
/// finished when [#rateAll] has run.
public final class CommendationFixture implements AutoCloseable {

    public final RatingFixture f;
    public final CommendationService service;
    public final long an;
    public final long bao;
    public final long cuong;
    public final long dung;
    public final long em;

    public CommendationFixture(Path dir) throws AppException {
        f = new RatingFixture(dir);
        service = f.ctx.commendations();
        an = f.member(f.dong, "Nguyễn Văn An");
        bao = f.member(f.dong, "Trần Văn Bảo");
        cuong = f.member(f.dong, "Lê Văn Cường");
        dung = f.member(f.tay, "Phạm Văn Dũng");
        em = f.member(f.tay, "Hoàng Thị Em");
    }

    /// Every member and organisation of 2026 rated (An HTXSNV 96, 2025 too), so a yearly decision may be issued.
    public void rateAll() throws AppException {
        for (long m : List.of(bao, cuong, dung, em)) {
            f.rate(m, Level.GOOD, 80);
        }
        f.rating.save(new RatingInput(2026, Subject.member(an), Grade.NONE, Grade.NONE, Grade.of(Level.EXCELLENT, 96), "")
                .withJustification("Tiêu biểu trong phong trào xây dựng nông thôn mới"));
        for (long u : List.of(f.dong, f.tay, f.school)) {
            f.rateUnit(u, Level.GOOD, 85);
        }
        f.rating.save(new RatingInput(2025, Subject.member(an), Grade.NONE, Grade.NONE, Grade.of(Level.EXCELLENT, 95), "")
                .withJustification("Tiêu biểu"));
    }

    /// A yearly giấy khen decision of 2026 dated 21/11/2026, signed for the standing committee.
    public static DecisionInput yearly() {
        return new DecisionInput(2026, DecisionKind.PERIODIC_YEAR, LocalDate.of(2026, 11, 21), Signing.STANDING_COMMITTEE,
                "Nguyễn Văn Bí", AwardForm.GIAY_KHEN, "Quyết định khen thưởng tổ chức đảng và đảng viên hoàn thành xuất sắc nhiệm vụ năm 2026",
                "Hoàn thành xuất sắc nhiệm vụ năm 2026", "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", OptionalInt.empty());
    }

    public int rows(String table) {
        return f.rows(table);
    }

    @Override
    public void close() {
        f.close();
    }
}
