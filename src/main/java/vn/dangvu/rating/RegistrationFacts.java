package vn.dangvu.rating;

import java.util.Map;

/// The year's registration results by member id, as the registrations feature gives them. AppContext wires the
/// registrations service; until it is there, [#NONE].
@FunctionalInterface
public interface RegistrationFacts {

    RegistrationFacts NONE = year -> Map.of();

    Map<Long, RegistrationFact> forYear(int year);
}
