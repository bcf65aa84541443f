package vn.dangvu.members;

import java.util.List;

import vn.dangvu.db.Database;

/// Member use cases. Each public method is one transaction.
public final class MemberService {

    private final Database db;
    private final MemberRepository repo;

    public MemberService(Database db, MemberRepository repo) {
        this.db = db;
        this.repo = repo;
    }

    public List<MemberRow> list(MemberQuery q) {
        return db.dsl().transactionResult(trx -> repo.list(trx.dsl(), q));
    }

    public int count() {
        return db.dsl().transactionResult(trx -> repo.count(trx.dsl()));
    }

    public long register(NewMember m) {
        return db.save(trx -> repo.insert(trx.dsl(), m));
    }
}
