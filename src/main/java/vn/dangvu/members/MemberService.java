package vn.dangvu.members;

import java.util.List;

import vn.dangvu.db.Database;

/// Member use cases. Each public method is one transaction. Lists and searches are answered from an
/// in-memory [MemberIndex] loaded once from the database and dropped after every change made here.
public final class MemberService {

    private final Database db;
    private final MemberRepository repo;
    private volatile MemberIndex index;

    public MemberService(Database db, MemberRepository repo) {
        this.db = db;
        this.repo = repo;
    }

    /// Members matching the query in Vietnamese order (given name, middle, family; letter and tone order).
    /// "huong" finds Hương, Hường and Hưởng; every word typed must start a word of the name.
    public List<MemberRow> list(MemberQuery q) {
        return index().search(MemberRepository.searchTokens(q.search()), q.unitId());
    }

    public int count() {
        return index().size();
    }

    public long register(NewMember m) {
        try {
            return db.save(trx -> repo.insert(trx.dsl(), m));
        } finally {
            invalidate();
        }
    }

    /// Forgets the in-memory list, e.g. after an import or a bulk change written outside this service.
    public void invalidate() {
        index = null;
    }

    private MemberIndex index() {
        MemberIndex i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = new MemberIndex(db.dsl().transactionResult(trx -> repo.list(trx.dsl(), MemberQuery.all())));
                    index = i;
                }
            }
        }
        return i;
    }
}
