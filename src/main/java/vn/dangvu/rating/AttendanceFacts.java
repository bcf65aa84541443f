package vn.dangvu.rating;

import java.util.Map;

/// The year's meeting attendance by member id, as the meetings feature gives it. AppContext wires the meetings
/// service; until it is there, [#NONE].
@FunctionalInterface
public interface AttendanceFacts {

    AttendanceFacts NONE = year -> Map.of();

    Map<Long, AttendanceFact> forYear(int year);
}
