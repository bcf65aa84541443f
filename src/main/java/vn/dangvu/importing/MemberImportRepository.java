package vn.dangvu.importing;

import static vn.dangvu.db.jooq.Tables.CODE_LIST_ITEM;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import vn.dangvu.common.Text;
import vn.dangvu.members.MemberRules;
import vn.dangvu.party.MemberStatus;

/// What the member import reads: match keys and rule facts of the members on file, and code lists. It writes
/// nothing: members are written through the members service (`MemberService.importMembers`), the one write path.
public final class MemberImportRepository {

    /// Existing members by card number, CCCD, and folded full name + birth date; and what the rules need to know
    /// of each (status, full member, readmitted).
    public record MatchKeys(Map<String, Long> byCard, Map<String, Long> byCccd, Map<String, Long> byNameBirth,
                            Map<Long, MemberRules.Facts> facts) {
    }

    public MatchKeys matchKeys(DSLContext t) {
        Map<String, Long> card = new HashMap<>();
        Map<String, Long> cccd = new HashMap<>();
        Map<String, Long> nameBirth = new HashMap<>();
        Map<Long, MemberRules.Facts> facts = new HashMap<>();
        t.select(PARTY_MEMBER.ID, PARTY_MEMBER.CARD_NUMBER, PARTY_MEMBER.CCCD_NUMBER, PARTY_MEMBER.FULL_NAME_FOLD,
                PARTY_MEMBER.BIRTH_DATE, PARTY_MEMBER.STATUS, PARTY_MEMBER.FULL_MEMBERSHIP_DATE, PARTY_MEMBER.READMITTED)
                .from(PARTY_MEMBER).forEach(r -> {
                    long id = r.value1();
                    if (r.value2() != null) {
                        card.put(r.value2(), id);
                    }
                    if (r.value3() != null) {
                        cccd.put(r.value3(), id);
                    }
                    nameBirth.put(nameBirthKey(r.value4(), r.value5()), id);
                    facts.put(id, new MemberRules.Facts(Optional.of(MemberStatus.valueOf(r.value6())), r.value7() != null,
                            Boolean.TRUE.equals(r.value8())));
                });
        return new MatchKeys(card, cccd, nameBirth, facts);
    }

    public static String nameBirthKey(String fullNameFold, LocalDate birth) {
        return fullNameFold + "|" + birth;
    }

    /// Folded name -> code for a code list kind (ETHNICITY, RELIGION).
    public Map<String, String> codesByName(DSLContext t, String kind) {
        Map<String, String> m = new HashMap<>();
        t.select(CODE_LIST_ITEM.NAME, CODE_LIST_ITEM.CODE).from(CODE_LIST_ITEM).where(CODE_LIST_ITEM.LIST_KIND.eq(kind))
                .forEach(r -> m.put(Text.fold(r.value1()), r.value2()));
        return m;
    }
}
