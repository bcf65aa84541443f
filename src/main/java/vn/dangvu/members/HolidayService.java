package vn.dangvu.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;

/// The public holidays the working-day deadlines skip (domain.md §4.4): the defaults of the known years come with
/// the file (migration V6); the user adds the days the government announces (Tết, days off in lieu) and removes
/// wrong ones. Every change is audited.
public final class HolidayService {

    public static final int MAX_NAME = 200;

    private final Database db;
    private final HolidayRepository repo;
    private final AuditService audit;

    public HolidayService(Database db, HolidayRepository repo, AuditService audit) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
    }

    public List<Holiday> all() {
        return db.read(trx -> repo.all(trx.dsl()));
    }

    /// The holiday dates, for working-day counts.
    public Set<LocalDate> dates() {
        return new TreeSet<>(all().stream().map(Holiday::date).toList());
    }

    /// Adds a holiday or renames the one on that day. The name is required (≤ 200 characters).
    public void put(LocalDate date, String name) throws AppException {
        String n = Text.cleanOrNull(name);
        if (date == null) {
            throw new AppException("holiday.error.dateRequired");
        }
        if (n == null) {
            throw new AppException("holiday.error.nameRequired");
        }
        if (n.length() > MAX_NAME) {
            throw new AppException("holiday.error.nameTooLong", MAX_NAME);
        }
        db.save(trx -> {
            Optional<String> before = repo.name(trx.dsl(), date);
            repo.put(trx.dsl(), new Holiday(date, n));
            audit.record(AuditChange.general("HOLIDAY_PUT", "public_holiday", "Public holiday " + date)
                    .values(before.orElse(null), n));
            return null;
        });
    }

    /// Removes the holiday on `date`; false when there was none (nothing written).
    public boolean remove(LocalDate date) {
        return db.save(trx -> {
            Optional<String> before = repo.name(trx.dsl(), date);
            if (before.isEmpty()) {
                return false;
            }
            repo.delete(trx.dsl(), date);
            audit.record(AuditChange.general("HOLIDAY_REMOVE", "public_holiday", "Public holiday " + date)
                    .values(before.get(), null));
            return true;
        });
    }
}
