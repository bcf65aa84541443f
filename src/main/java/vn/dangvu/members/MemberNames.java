package vn.dangvu.members;

import java.util.LinkedHashSet;
import java.util.Set;

import vn.dangvu.common.PersonName;
import vn.dangvu.common.Text;

/// The derived name columns stored with every member: full name, folded forms, sort key and search tokens.
/// One place computes them, so the single insert, the import and the demo generator agree.
public record MemberNames(PersonName name, String fullName, String fullNameFold, String givenNameFold,
                          String sortKey, Set<String> tokens) {

    public static MemberNames of(PersonName name) {
        String full = name.full();
        String fold = Text.fold(full);
        Set<String> tokens = new LinkedHashSet<>();
        for (String t : fold.split(" ")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return new MemberNames(name, full, fold, Text.fold(name.given()), name.sortKey(), tokens);
    }
}
