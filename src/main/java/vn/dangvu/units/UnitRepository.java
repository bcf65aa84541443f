package vn.dangvu.units;

import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.dangvu.common.Text;

/// SQL for the unit tree.
public final class UnitRepository {

    public long insert(DSLContext t, NewUnit u) {
        String name = Text.clean(u.name());
        Integer maxOrder = t.select(DSL.max(PARTY_UNIT.SORT_ORDER)).from(PARTY_UNIT)
                .where(u.parentId().map(PARTY_UNIT.PARENT_ID::eq).orElse(PARTY_UNIT.PARENT_ID.isNull()))
                .fetchOne(0, Integer.class);
        return t.insertInto(PARTY_UNIT)
                .set(PARTY_UNIT.PARENT_ID, u.parentId().orElse(null))
                .set(PARTY_UNIT.KIND, u.kind().name())
                .set(PARTY_UNIT.CELL_TYPE, u.cellType().map(Enum::name).orElse(null))
                .set(PARTY_UNIT.NAME, name)
                .set(PARTY_UNIT.NAME_FOLD, Text.fold(name))
                .set(PARTY_UNIT.ESTABLISHED_DATE, u.establishedDate().orElse(null))
                .set(PARTY_UNIT.ESTABLISHED_DECISION, u.establishedDecision().map(Text::clean).orElse(null))
                .set(PARTY_UNIT.SORT_ORDER, maxOrder == null ? 1 : maxOrder + 1)
                .returningResult(PARTY_UNIT.ID)
                .fetchOne(PARTY_UNIT.ID);
    }

    public List<PartyUnit> all(DSLContext t) {
        return t.selectFrom(PARTY_UNIT).orderBy(PARTY_UNIT.SORT_ORDER, PARTY_UNIT.ID).fetch(UnitRepository::toUnit);
    }

    /// Finds a unit by name regardless of case, spacing, accents typed or Unicode form.
    public Optional<PartyUnit> findByName(DSLContext t, String name) {
        return t.selectFrom(PARTY_UNIT).where(PARTY_UNIT.NAME_FOLD.eq(Text.fold(Text.clean(name))))
                .orderBy(PARTY_UNIT.ID).limit(1).fetchOptional(UnitRepository::toUnit);
    }

    public Optional<PartyUnit> root(DSLContext t) {
        return t.selectFrom(PARTY_UNIT).where(PARTY_UNIT.PARENT_ID.isNull())
                .and(PARTY_UNIT.KIND.eq(UnitKind.COMMUNE_COMMITTEE.name()))
                .orderBy(PARTY_UNIT.ID).limit(1).fetchOptional(UnitRepository::toUnit);
    }

    private static PartyUnit toUnit(Record r) {
        return new PartyUnit(r.get(PARTY_UNIT.ID), Optional.ofNullable(r.get(PARTY_UNIT.PARENT_ID)),
                UnitKind.valueOf(r.get(PARTY_UNIT.KIND)),
                Optional.ofNullable(r.get(PARTY_UNIT.CELL_TYPE)).map(CellType::valueOf), r.get(PARTY_UNIT.NAME),
                Optional.ofNullable(r.get(PARTY_UNIT.ESTABLISHED_DATE)),
                Optional.ofNullable(r.get(PARTY_UNIT.ESTABLISHED_DECISION)),
                Optional.ofNullable(r.get(PARTY_UNIT.DISSOLVED_DATE)), r.get(PARTY_UNIT.SORT_ORDER));
    }
}
