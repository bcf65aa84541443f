package vn.dangvu.demo;

/// How big a fictional commune to generate, and the seed that makes it repeatable.
public record DemoOptions(int members, long seed) {

    public static final int MAX_MEMBERS = 100_000;
}
