package vn.dangvu.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/// Which backups to keep (shared/reliability.md §3.4, issue 9): the last 10; the newest verified one of each of the
/// last 14 days, 8 weeks and 12 months that have one; one per closed working year (the first verified backup made
/// after the year was closed, else the last one made in that year); every backup made before an upgrade; the newest
/// verified one; and, when the data shrank to less than half of an earlier backup's members, the newest of those
/// larger backups (a wrong or emptied file must not rotate the good backups away). "Newest" follows the backups'
/// sequence numbers, not the clock, which a village PC with a flat CMOS battery may have set back.
public final class BackupRotationRules {

    static final int RECENT = 10;
    static final int DAILY = 14;
    static final int WEEKLY = 8;
    static final int MONTHLY = 12;

    /// Why a backup is kept (the first reason that applies).
    public enum Reason { UPGRADE, NEWEST_VERIFIED, NOT_YET_REPLACED, RECENT, DAILY, WEEKLY, MONTHLY, CLOSED_YEAR, LARGER_BEFORE }

    /// A backup as the rules see it.
    public record Entry(String id, long sequence, LocalDateTime createdAt, BackupTrigger trigger, boolean verified, long members) {
    }

    /// A closed working year and when it was closed.
    public record ClosedYear(int year, LocalDateTime closedAt) {
    }

    private BackupRotationRules() {
    }

    /// The backups to keep, each with its reason; every other entry may be deleted.
    public static Map<String, Reason> keep(List<Entry> entries, List<ClosedYear> closed) {
        List<Entry> newestFirst = entries.stream()
                .sorted(Comparator.comparingLong(Entry::sequence).thenComparing(Entry::createdAt).reversed()).toList();
        List<Entry> verified = newestFirst.stream().filter(Entry::verified).toList();
        Map<String, Reason> keep = new LinkedHashMap<>();
        newestFirst.stream().filter(e -> e.trigger() == BackupTrigger.UPGRADE).forEach(e -> keep.putIfAbsent(e.id(), Reason.UPGRADE));
        Optional<Entry> newestVerified = verified.stream().findFirst();
        newestVerified.ifPresent(e -> keep.putIfAbsent(e.id(), Reason.NEWEST_VERIFIED));
        // nothing newer than the newest verified backup goes before a newer verified one exists
        long floor = newestVerified.map(Entry::sequence).orElse(Long.MIN_VALUE);
        newestFirst.stream().filter(e -> e.sequence() > floor).forEach(e -> keep.putIfAbsent(e.id(), Reason.NOT_YET_REPLACED));
        newestFirst.stream().limit(RECENT).forEach(e -> keep.putIfAbsent(e.id(), Reason.RECENT));
        perPeriod(verified, e -> e.createdAt().toLocalDate(), DAILY, Reason.DAILY, keep);
        perPeriod(verified, e -> weekOf(e.createdAt().toLocalDate()), WEEKLY, Reason.WEEKLY, keep);
        perPeriod(verified, e -> YearMonth.from(e.createdAt()), MONTHLY, Reason.MONTHLY, keep);
        for (ClosedYear y : closed) {
            Optional<Entry> after = verified.stream().filter(e -> !e.createdAt().isBefore(y.closedAt()))
                    .min(Comparator.comparing(Entry::createdAt));
            Optional<Entry> during = verified.stream().filter(e -> e.createdAt().getYear() == y.year()).findFirst();
            after.or(() -> during).ifPresent(e -> keep.putIfAbsent(e.id(), Reason.CLOSED_YEAR));
        }
        newestVerified.ifPresent(n -> verified.stream().filter(e -> e.members() > 2 * n.members()).findFirst()
                .ifPresent(e -> keep.putIfAbsent(e.id(), Reason.LARGER_BEFORE)));
        return keep;
    }

    private static <K> void perPeriod(List<Entry> newestFirst, Function<Entry, K> period, int slots, Reason reason,
                                      Map<String, Reason> keep) {
        Set<K> seen = new HashSet<>();
        for (Entry e : newestFirst) {
            if (seen.size() == slots && !seen.contains(period.apply(e))) {
                return;
            }
            if (seen.add(period.apply(e))) {
                keep.putIfAbsent(e.id(), reason);
            }
        }
    }

    private static String weekOf(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
