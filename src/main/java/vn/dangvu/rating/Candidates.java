package vn.dangvu.rating;

import java.util.List;

/// The HTXSNV members and organisations of a year ([RatingService#candidates]).
public record Candidates(int year, List<Candidate> members, List<Candidate> organisations) {

    public Candidates {
        members = List.copyOf(members);
        organisations = List.copyOf(organisations);
    }
}
