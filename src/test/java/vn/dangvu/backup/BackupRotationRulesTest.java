package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The rotation rules (issue 9): last 10, 14 daily, 8 weekly, 12 monthly, one per closed year, never the newest
/// verified one nor a pre-upgrade one, never what is newer than the newest verified one.
class BackupRotationRulesTest {

    /// Entries: `seq@date:trigger:v|u:members`, trigger by id (manual, daily, exit, pre-v…).
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the last ten of twelve made the same day; the newest of the day is among them | 1@2026-11-21:manual:v:5 2@2026-11-21:manual:v:5 3@2026-11-21:manual:v:5 4@2026-11-21:manual:v:5 5@2026-11-21:manual:v:5 6@2026-11-21:manual:v:5 7@2026-11-21:manual:v:5 8@2026-11-21:manual:v:5 9@2026-11-21:manual:v:5 10@2026-11-21:manual:v:5 11@2026-11-21:manual:v:5 12@2026-11-21:manual:v:5 | 3 4 5 6 7 8 9 10 11 12
            a pre-upgrade backup is never deleted | 1@2026-11-21:pre-v4:v:5 2@2026-11-21:manual:v:5 3@2026-11-21:manual:v:5 4@2026-11-21:manual:v:5 5@2026-11-21:manual:v:5 6@2026-11-21:manual:v:5 7@2026-11-21:manual:v:5 8@2026-11-21:manual:v:5 9@2026-11-21:manual:v:5 10@2026-11-21:manual:v:5 11@2026-11-21:manual:v:5 12@2026-11-21:manual:v:5 | 1 3 4 5 6 7 8 9 10 11 12
            the only verified backup is kept however old and nothing newer than it goes | 1@2026-11-01:manual:v:5 2@2026-11-02:manual:u:5 3@2026-11-03:manual:u:5 4@2026-11-04:manual:u:5 5@2026-11-05:manual:u:5 6@2026-11-06:manual:u:5 7@2026-11-07:manual:u:5 8@2026-11-08:manual:u:5 9@2026-11-09:manual:u:5 10@2026-11-10:manual:u:5 11@2026-11-11:manual:u:5 12@2026-11-12:manual:u:5 | 1 2 3 4 5 6 7 8 9 10 11 12
            one a day for 16 days from Sunday 1 Nov 2026: the last 14 days and the newest of week 44 (day 1) | 1@2026-11-01:daily:v:5 2@2026-11-02:daily:v:5 3@2026-11-03:daily:v:5 4@2026-11-04:daily:v:5 5@2026-11-05:daily:v:5 6@2026-11-06:daily:v:5 7@2026-11-07:daily:v:5 8@2026-11-08:daily:v:5 9@2026-11-09:daily:v:5 10@2026-11-10:daily:v:5 11@2026-11-11:daily:v:5 12@2026-11-12:daily:v:5 13@2026-11-13:daily:v:5 14@2026-11-14:daily:v:5 15@2026-11-15:daily:v:5 16@2026-11-16:daily:v:5 | 1 3 4 5 6 7 8 9 10 11 12 13 14 15 16
            the data shrank to no member: the newest larger backup stays though no slot keeps it | 1@2026-11-01:daily:v:900 2@2026-11-01:daily:v:0 3@2026-11-02:exit:v:0 4@2026-11-02:exit:v:0 5@2026-11-02:exit:v:0 6@2026-11-02:exit:v:0 7@2026-11-02:exit:v:0 8@2026-11-02:exit:v:0 9@2026-11-02:exit:v:0 10@2026-11-02:exit:v:0 11@2026-11-02:exit:v:0 12@2026-11-02:exit:v:0 | 1 2 3 4 5 6 7 8 9 10 11 12
            the same without the shrink | 1@2026-11-01:daily:v:5 2@2026-11-01:daily:v:5 3@2026-11-02:exit:v:5 4@2026-11-02:exit:v:5 5@2026-11-02:exit:v:5 6@2026-11-02:exit:v:5 7@2026-11-02:exit:v:5 8@2026-11-02:exit:v:5 9@2026-11-02:exit:v:5 10@2026-11-02:exit:v:5 11@2026-11-02:exit:v:5 12@2026-11-02:exit:v:5 | 2 3 4 5 6 7 8 9 10 11 12
            unverified old backups outside every slot go | 1@2026-11-01:exit:u:5 2@2026-11-01:exit:v:5 3@2026-11-02:exit:v:5 4@2026-11-02:exit:v:5 5@2026-11-02:exit:v:5 6@2026-11-02:exit:v:5 7@2026-11-02:exit:v:5 8@2026-11-02:exit:v:5 9@2026-11-02:exit:v:5 10@2026-11-02:exit:v:5 11@2026-11-02:exit:v:5 12@2026-11-02:exit:v:5 | 2 3 4 5 6 7 8 9 10 11 12
            """)
    void keeps(String situation, String entries, String kept) {
        List<BackupRotationRules.Entry> list = Arrays.stream(entries.trim().split(" +")).map(BackupRotationRulesTest::entry).toList();
        Map<String, BackupRotationRules.Reason> keep = BackupRotationRules.keep(list, List.of());
        assertEquals(new TreeSet<>(Arrays.asList(kept.trim().split(" "))).toString(), new TreeSet<>(keep.keySet()).toString(),
                situation + ": " + keep);
    }

    /// One verified backup every Monday for 30 weeks from 5 Jan 2026; working year 2025 closed on 7 Jan 2026.
    @ParameterizedTest
    @CsvSource(textBlock = """
            # the first backup after the close stands for the closed year
            2026-01-12, CLOSED_YEAR
            2026-01-05, DELETE
            2026-01-19, DELETE
            # the newest of each month, up to twelve
            2026-01-26, MONTHLY
            2026-02-23, MONTHLY
            2026-03-30, MONTHLY
            2026-03-23, DELETE
            # the last fourteen days that have a backup (fourteen weeks here), the last ten
            2026-04-27, DAILY
            2026-04-20, DELETE
            2026-05-18, DAILY
            2026-05-25, RECENT
            2026-07-27, NEWEST_VERIFIED
            """)
    void weeklySeries(LocalDate day, String reason) {
        List<BackupRotationRules.Entry> list = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            LocalDate d = LocalDate.of(2026, 1, 5).plusWeeks(i);
            list.add(new BackupRotationRules.Entry(d.toString(), i + 1, d.atTime(17, 0), BackupTrigger.DAILY, true, 100));
        }
        Map<String, BackupRotationRules.Reason> keep = BackupRotationRules.keep(list,
                List.of(new BackupRotationRules.ClosedYear(2025, LocalDateTime.of(2026, 1, 7, 10, 0))));
        assertEquals(reason, keep.containsKey(day.toString()) ? keep.get(day.toString()).name() : "DELETE");
    }

    private static BackupRotationRules.Entry entry(String spec) {
        String[] seqRest = spec.split("@");
        String[] p = seqRest[1].split(":");
        return new BackupRotationRules.Entry(seqRest[0], Long.parseLong(seqRest[0]), LocalDate.parse(p[0]).atTime(12, 0),
                BackupTrigger.ofTag(p[1]).orElseThrow(), p[2].equals("v"), Long.parseLong(p[3]));
    }
}
