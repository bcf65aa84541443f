package vn.dangvu.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import vn.dangvu.common.Text;
import vn.dangvu.db.Database;

/// The audit trail: every change to members, events, units, ratings, commendations, decisions, settings and year
/// states is recorded here, in the same transaction as the change (call [#record] inside the service's
/// `db.save`; the thread-bound transaction is joined), so a change and its trail row commit or roll back together.
/// Who: the operating-system user, plus the operator name typed in the app when there is one.
public final class AuditService {

    private final Database db;
    private final AuditRepository repo;
    private final Clock clock;
    private final String osUser;
    private volatile Optional<String> operator = Optional.empty();

    public AuditService(Database db, AuditRepository repo, Clock clock, String osUser) {
        this.db = db;
        this.repo = repo;
        this.clock = clock;
        this.osUser = osUser == null || osUser.isBlank() ? "?" : osUser;
    }

    /// Records the change; inside a save it joins that transaction.
    public void record(AuditChange change) {
        db.save(trx -> {
            repo.insert(trx.dsl(), LocalDateTime.now(clock), osUser, operator, change);
            return null;
        });
    }

    /// Records several changes of one use case (members moved by a merge, rows of an import) in one batch;
    /// inside a save it joins that transaction.
    public void recordAll(List<AuditChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        db.save(trx -> {
            repo.insertAll(trx.dsl(), LocalDateTime.now(clock), osUser, operator, changes);
            return null;
        });
    }

    /// The name of the person at the keyboard (optional; the trail always has the operating-system user).
    public void setOperator(String name) {
        String clean = Text.clean(name);
        operator = clean.isEmpty() ? Optional.empty() : Optional.of(clean);
    }

    public Optional<String> operator() {
        return operator;
    }

    /// The entries matching the query, newest first.
    public List<AuditEntry> find(AuditQuery q) {
        return db.read(trx -> repo.find(trx.dsl(), q));
    }

    /// Every action code found in the trail, sorted (the screen adds them to the kinds it knows by name).
    public List<String> actionCodes() {
        return db.read(trx -> repo.actionCodes(trx.dsl()));
    }

    /// The operating-system user every entry of this session is recorded under.
    public String osUser() {
        return osUser;
    }
}
