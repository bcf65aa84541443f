package vn.dangvu.docnumbers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.jooq.DSLContext;

import vn.dangvu.audit.AuditChange;
import vn.dangvu.audit.AuditService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Text;
import vn.dangvu.db.Database;

/// The document register (sổ đăng ký văn bản) of the committee: numbers "15-QĐ/ĐU" run from 01 per document type
/// per committee term (HD 36-HD/VPTW §1.3.1) with no gaps unless a number is voided with a reason. Plans ("KH"),
/// decisions ("QĐ"), reports ("BC") and certificates ("GK", số vào sổ) take their numbers here, inside the
/// transaction that saves the document.
public final class DocumentNumberService {

    static final int MAX_TITLE = 1000;

    private final Database db;
    private final DocumentNumberRepository repo;
    private final AuditService audit;
    private final Clock clock;

    public DocumentNumberService(Database db, DocumentNumberRepository repo, AuditService audit, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.audit = audit;
        this.clock = clock;
    }

    /// The number the next document of this type dated `date` would get.
    public String preview(String type, LocalDate date) throws AppException {
        return db.change(trx -> {
            long term = term(trx.dsl(), date);
            String issuer = repo.issuerCode(trx.dsl());
            return DocumentNumber.format(repo.maxSeq(trx.dsl(), term, issuer, type) + 1, type, issuer);
        });
    }

    /// Takes the next number for a document (or `seq` when given: allowed as the first number of its type in the
    /// term, to continue a paper register, or when it is the next one). A number already used is refused.
    public DocumentNumber issue(String type, LocalDate date, String title, OptionalInt seq) throws AppException {
        String cleanTitle = Text.clean(title);
        if (cleanTitle.length() > MAX_TITLE) {
            throw new AppException("docno.error.titleTooLong", MAX_TITLE);
        }
        return db.change(trx -> {
            if (!repo.typeExists(trx.dsl(), type)) {
                throw new AppException("docno.error.unknownType", type);
            }
            long term = term(trx.dsl(), date);
            String issuer = repo.issuerCode(trx.dsl());
            int max = repo.maxSeq(trx.dsl(), term, issuer, type);
            int next = max + 1;
            int s = seq.orElse(next);
            if (s < 1) {
                throw new AppException("docno.error.seqPositive", s);
            }
            if (s <= max) {
                throw new AppException("docno.error.used", DocumentNumber.format(s, type, issuer),
                        DocumentNumber.format(next, type, issuer));
            }
            if (s > next && max > 0) {
                throw new AppException("docno.error.gap", DocumentNumber.format(s, type, issuer),
                        DocumentNumber.format(next, type, issuer));
            }
            long id = repo.insert(trx.dsl(), term, type, issuer, s, date, cleanTitle.isEmpty() ? null : cleanTitle,
                    LocalDateTime.now(clock));
            DocumentNumber n = repo.find(trx.dsl(), id).orElseThrow();
            audit.record(AuditChange.of("DOCNO_ISSUE", "document_number", id, "Issue " + n.text() + " dated " + date
                    + (cleanTitle.isEmpty() ? "" : ": " + cleanTitle)));
            return n;
        });
    }

    /// Writes the numbers of a bulk load (the demo commune's register) with their ids and texts as given, in one batch
    /// inside the caller's transaction when there is one; no audit rows. Returns how many.
    public int importNumbers(List<DocumentNumber> numbers) {
        return db.save(trx -> repo.insertAll(trx.dsl(), numbers));
    }

    /// Voids a number (a document withdrawn or never sent): the number stays in the register, marked, with the reason.
    public DocumentNumber voidNumber(long id, String reason) throws AppException {
        String why = Text.clean(reason);
        if (why.isEmpty()) {
            throw new AppException("docno.error.reasonRequired");
        }
        return db.change(trx -> {
            DocumentNumber n = repo.find(trx.dsl(), id).orElseThrow(() -> new AppException("docno.error.notFound"));
            if (n.voided()) {
                throw new AppException("docno.error.alreadyVoided", n.text());
            }
            repo.markVoided(trx.dsl(), id, why);
            audit.record(AuditChange.of("DOCNO_VOID", "document_number", id, "Void " + n.text()).because(why));
            return repo.find(trx.dsl(), id).orElseThrow();
        });
    }

    public Optional<DocumentNumber> find(long id) {
        return db.read(trx -> repo.find(trx.dsl(), id));
    }

    /// The register of the term a date falls in (one type, or all), by type and sequence.
    public List<DocumentNumber> register(LocalDate date, Optional<String> type) throws AppException {
        return db.change(trx -> repo.list(trx.dsl(), term(trx.dsl(), date), type));
    }

    /// A number as typed ("15-QĐ/ĐU", "15-qđ/đu", "Số 15-QĐ/ĐU") in the term of a date (or the current term).
    public Optional<DocumentNumber> findByText(String text, LocalDate date) throws AppException {
        String clean = normalise(text);
        return db.change(trx -> repo.findByText(trx.dsl(), term(trx.dsl(), date), clean));
    }

    /// "Số 5-qđ/đu" → "05-QĐ/ĐU".
    static String normalise(String text) {
        String t = Text.clean(text).replaceFirst("(?i)^số\\s*:?\\s*", "").replace(" ", "").toUpperCase(Locale.ROOT);
        int dash = t.indexOf('-');
        if (dash > 0 && t.substring(0, dash).chars().allMatch(Character::isDigit)) {
            return String.format("%02d", Integer.parseInt(t.substring(0, dash))) + t.substring(dash);
        }
        return t;
    }

    private long term(DSLContext t, LocalDate date) throws AppException {
        return repo.termFor(t, date).orElseThrow(() -> new AppException("docno.error.noTerm"));
    }
}
