package vn.dangvu.demo;

import java.util.SplittableRandom;

/// A fixed table of values with relative weights, picked with a seeded random source.
final class Weighted<T> {

    private final Object[] values;
    private final double[] cumulative;

    private Weighted(Object[] values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    /// Alternating value, weight, value, weight...
    static <T> Weighted<T> of(Object... pairs) {
        int n = pairs.length / 2;
        Object[] v = new Object[n];
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            v[i] = pairs[2 * i];
            sum += ((Number) pairs[2 * i + 1]).doubleValue();
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return new Weighted<>(v, c);
    }

    /// Equal weights.
    static <T> Weighted<T> uniform(T[] items) {
        double[] c = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            c[i] = (i + 1.0) / items.length;
        }
        return new Weighted<>(items.clone(), c);
    }

    @SuppressWarnings("unchecked")
    T pick(SplittableRandom r) {
        double u = r.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return (T) values[lo];
    }
}
