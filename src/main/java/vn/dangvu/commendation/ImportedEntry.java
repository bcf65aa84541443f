package vn.dangvu.commendation;

import java.time.LocalDate;

/// An entry of a bulk load (the demo commune's past years): a member or an organisation of a decision, a giấy khen.
public record ImportedEntry(long decisionId, RecipientKind kind, Long memberId, Long unitId, String name, String detail,
                            String achievement, long cash, String registryNo, LocalDate awarded) {
}
