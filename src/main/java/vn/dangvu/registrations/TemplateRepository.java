package vn.dangvu.registrations;

import static vn.dangvu.db.jooq.Tables.REGISTRATION_TEMPLATE;
import static vn.dangvu.registrations.RegistrationRepository.nz;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import vn.dangvu.db.jooq.tables.records.RegistrationTemplateRecord;

/// The only writer of registration_template: the item texts a year's forms reuse.
public final class TemplateRepository {

    public List<ItemTemplate> all(DSLContext t, int year) {
        return t.selectFrom(REGISTRATION_TEMPLATE).where(REGISTRATION_TEMPLATE.WORK_YEAR.eq(year))
                .orderBy(REGISTRATION_TEMPLATE.SEQ).fetch(TemplateRepository::toTemplate);
    }

    public Optional<ItemTemplate> find(DSLContext t, long id) {
        return t.selectFrom(REGISTRATION_TEMPLATE).where(REGISTRATION_TEMPLATE.ID.eq(id)).fetchOptional(TemplateRepository::toTemplate);
    }

    public long insert(DSLContext t, int year, RegistrationItem item, LocalDateTime now) {
        int seq = t.select(DSL.coalesce(DSL.max(REGISTRATION_TEMPLATE.SEQ), 0)).from(REGISTRATION_TEMPLATE)
                .where(REGISTRATION_TEMPLATE.WORK_YEAR.eq(year)).fetchOne().value1() + 1;
        return t.insertInto(REGISTRATION_TEMPLATE)
                .set(REGISTRATION_TEMPLATE.WORK_YEAR, year)
                .set(REGISTRATION_TEMPLATE.SEQ, seq)
                .set(REGISTRATION_TEMPLATE.ACTION_TEXT, item.content())
                .set(REGISTRATION_TEMPLATE.MEASURES, nz(item.measure()))
                .set(REGISTRATION_TEMPLATE.DEADLINE, item.deadline().orElse(null))
                .set(REGISTRATION_TEMPLATE.CREATED_AT, now)
                .returningResult(REGISTRATION_TEMPLATE.ID).fetchOne().value1();
    }

    public boolean delete(DSLContext t, long id) {
        return t.deleteFrom(REGISTRATION_TEMPLATE).where(REGISTRATION_TEMPLATE.ID.eq(id)).execute() == 1;
    }

    private static ItemTemplate toTemplate(RegistrationTemplateRecord r) {
        return new ItemTemplate(r.getId(), r.getWorkYear(), r.getActionText(), r.getMeasures() == null ? "" : r.getMeasures(),
                Optional.ofNullable(r.getDeadline()));
    }
}
