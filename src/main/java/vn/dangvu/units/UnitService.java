package vn.dangvu.units;

import java.util.List;
import java.util.Optional;

import vn.dangvu.db.Database;

/// Unit tree use cases.
public final class UnitService {

    private final Database db;
    private final UnitRepository repo;

    public UnitService(Database db, UnitRepository repo) {
        this.db = db;
        this.repo = repo;
    }

    public List<PartyUnit> all() {
        return db.dsl().transactionResult(trx -> repo.all(trx.dsl()));
    }

    public Optional<PartyUnit> findByName(String name) {
        return db.dsl().transactionResult(trx -> repo.findByName(trx.dsl(), name));
    }

    public long create(NewUnit u) {
        return db.save(trx -> repo.insert(trx.dsl(), u));
    }
}
