package vn.dangvu.members;

import static vn.dangvu.db.jooq.Tables.PUBLIC_HOLIDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

/// The only writer of public_holiday: the days off that are not working days.
public final class HolidayRepository {

    public List<Holiday> all(DSLContext t) {
        return t.selectFrom(PUBLIC_HOLIDAY).orderBy(PUBLIC_HOLIDAY.HOLIDAY_DATE)
                .fetch(r -> new Holiday(r.getHolidayDate(), r.getName()));
    }

    public Optional<String> name(DSLContext t, LocalDate d) {
        return t.select(PUBLIC_HOLIDAY.NAME).from(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(d))
                .fetchOptional(PUBLIC_HOLIDAY.NAME);
    }

    public void put(DSLContext t, Holiday h) {
        if (t.update(PUBLIC_HOLIDAY).set(PUBLIC_HOLIDAY.NAME, h.name()).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(h.date())).execute() == 0) {
            t.insertInto(PUBLIC_HOLIDAY).set(PUBLIC_HOLIDAY.HOLIDAY_DATE, h.date()).set(PUBLIC_HOLIDAY.NAME, h.name()).execute();
        }
    }

    public boolean delete(DSLContext t, LocalDate d) {
        return t.deleteFrom(PUBLIC_HOLIDAY).where(PUBLIC_HOLIDAY.HOLIDAY_DATE.eq(d)).execute() > 0;
    }
}
