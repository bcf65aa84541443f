package vn.dangvu.commendation;

import java.time.LocalDate;

/// A decision of a bulk load (the demo commune's past years) with its id and number as given.
public record ImportedDecision(long id, int year, DecisionKind kind, long documentNumberId, String numberText, LocalDate date,
                               Signing signing, String signerName, String title, String basis, long cashCollective,
                               long cashIndividual) {
}
