package vn.dangvu.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberQuery;

/// Manual timing of MemberService.list searches on a big demo database (not a unit test):
/// `java -cp ... vn.dangvu.cli.SearchTiming /path/to/big` after `dangvu --db /path/to/big demo --members 100000`.
final class SearchTiming {

    private SearchTiming() {
    }

    public static void main(String[] args) throws Exception {
        String[] queries = {"huong", "nguyen thi huong", "dang", "phuong", "tuan", "ngu", "thi thu", "an", "h"};
        try (AppContext ctx = new AppContext(Database.open(Path.of(args[0])))) {
            for (String q : queries) {
                MemberQuery mq = new MemberQuery(q, Optional.empty());
                int rows = 0;
                for (int i = 0; i < 15; i++) {
                    rows = ctx.members().list(mq).size();
                }
                long[] t = new long[25];
                for (int i = 0; i < t.length; i++) {
                    long s = System.nanoTime();
                    ctx.members().list(mq);
                    t[i] = System.nanoTime() - s;
                }
                Arrays.sort(t);
                System.out.printf("%-18s rows %6d  median %7.1f ms  min %7.1f ms  p90 %7.1f ms%n", q, rows,
                        t[t.length / 2] / 1e6, t[0] / 1e6, t[(int) (t.length * 0.9)] / 1e6);
            }
        }
    }
}
