package vn.dangvu.demo;

/// What the demo generator wrote: all units (including the root), the cells among them, members,
/// evaluation rows (members and units), learning registrations, commendation entries and badge awards.
public record DemoSummary(int units, int cells, int members, int evaluations, int registrations,
                          int commendations, int badges) {
}
