package vn.dangvu.bench;

import java.util.Arrays;
import java.util.Locale;

/// Median / min / p95 of a set of measurements in milliseconds.
record Stats(double median, double min, double p95, int n) {

    static Stats of(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        int n = s.length;
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        double p95 = s[Math.min(n - 1, (int) Math.ceil(0.95 * n) - 1)];
        return new Stats(median, s[0], p95, n);
    }

    String fmt() {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", median, min, p95);
    }
}
