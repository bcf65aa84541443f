package vn.dangvu.commendation;

import java.util.Optional;

/// One recipient of a decision as the user picks it: a member or an organisation by id, or an outside collective by
/// name; an achievement of its own (else the decision's reason); and, in a yearly decision, why someone not rated
/// HTXSNV is awarded.
public record EntryInput(RecipientKind kind, Optional<Long> memberId, Optional<Long> unitId, String collectiveName,
                         String achievement, String exceptionReason) {

    public static EntryInput member(long id) {
        return new EntryInput(RecipientKind.MEMBER, Optional.of(id), Optional.empty(), "", "", "");
    }

    public static EntryInput unit(long id) {
        return new EntryInput(RecipientKind.UNIT, Optional.empty(), Optional.of(id), "", "", "");
    }

    public static EntryInput collective(String name) {
        return new EntryInput(RecipientKind.COLLECTIVE, Optional.empty(), Optional.empty(), name, "", "");
    }

    public EntryInput withAchievement(String text) {
        return new EntryInput(kind, memberId, unitId, collectiveName, text, exceptionReason);
    }

    public EntryInput because(String reason) {
        return new EntryInput(kind, memberId, unitId, collectiveName, achievement, reason);
    }
}
