package vn.dangvu.demo;

/// What the demo generator wrote.
public record DemoSummary(int units, int members) {
}
