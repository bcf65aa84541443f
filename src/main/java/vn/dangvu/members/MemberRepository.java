package vn.dangvu.members;

import static vn.dangvu.db.jooq.Tables.MEMBER_NAME_TOKEN;
import static vn.dangvu.db.jooq.Tables.PARTY_MEMBER;
import static vn.dangvu.db.jooq.Tables.PARTY_UNIT;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.dangvu.common.Text;

/// SQL for members. Search is word-prefix over folded name words (member_name_token), ordered by the
/// ICU person key, so "huong" finds Hương, Hường, Hưởng but not "phường".
public final class MemberRepository {

    public long insert(DSLContext t, NewMember m) {
        MemberNames n = MemberNames.of(m.name());
        long id = t.insertInto(PARTY_MEMBER)
                .set(PARTY_MEMBER.UNIT_ID, m.unitId())
                .set(PARTY_MEMBER.FAMILY_NAME, n.name().family())
                .set(PARTY_MEMBER.MIDDLE_NAME, n.name().middle())
                .set(PARTY_MEMBER.GIVEN_NAME, n.name().given())
                .set(PARTY_MEMBER.FULL_NAME, n.fullName())
                .set(PARTY_MEMBER.FULL_NAME_FOLD, n.fullNameFold())
                .set(PARTY_MEMBER.GIVEN_NAME_FOLD, n.givenNameFold())
                .set(PARTY_MEMBER.SORT_KEY, n.sortKey())
                .set(PARTY_MEMBER.GENDER, m.gender().name())
                .set(PARTY_MEMBER.BIRTH_DATE, m.birthDate())
                .set(PARTY_MEMBER.STATUS, m.status().name())
                .set(PARTY_MEMBER.ADMISSION_DECISION_DATE, m.admissionDecisionDate())
                .set(PARTY_MEMBER.ADMISSION_CEREMONY_DATE, m.admissionCeremonyDate())
                .set(PARTY_MEMBER.FULL_MEMBERSHIP_DATE, m.fullMembershipDate())
                .set(PARTY_MEMBER.CARD_NUMBER, Text.cleanOrNull(m.cardNumber()))
                .set(PARTY_MEMBER.ETHNICITY_CODE, m.ethnicityCode())
                .set(PARTY_MEMBER.RELIGION_CODE, m.religionCode())
                .set(PARTY_MEMBER.HOME_TOWN, Text.cleanOrNull(m.homeTown()))
                .returningResult(PARTY_MEMBER.ID)
                .fetchOne(PARTY_MEMBER.ID);
        for (String token : n.tokens()) {
            t.insertInto(MEMBER_NAME_TOKEN, MEMBER_NAME_TOKEN.TOKEN, MEMBER_NAME_TOKEN.MEMBER_ID).values(token, id).execute();
        }
        return id;
    }

    public List<MemberRow> list(DSLContext t, MemberQuery q) {
        List<Condition> where = new ArrayList<>();
        List<String> tokens = searchTokens(q.search());
        if (!tokens.isEmpty()) {
            // The longest word drives an index range scan on member_name_token; the other words are checked
            // as word prefixes of the folded full name of those candidates only.
            where.add(PARTY_MEMBER.ID.in(DSL.select(MEMBER_NAME_TOKEN.MEMBER_ID).from(MEMBER_NAME_TOKEN)
                    .where(MEMBER_NAME_TOKEN.TOKEN.like(Text.escapeLike(tokens.get(0)) + "%", '!'))));
            for (String token : tokens.subList(1, tokens.size())) {
                where.add(DSL.concat(DSL.inline(" "), PARTY_MEMBER.FULL_NAME_FOLD)
                        .like("% " + Text.escapeLike(token) + "%", '!'));
            }
        }
        q.unitId().ifPresent(u -> where.add(PARTY_MEMBER.UNIT_ID.eq(u)));
        return t.select(PARTY_MEMBER.ID, PARTY_MEMBER.FULL_NAME, PARTY_MEMBER.FAMILY_NAME, PARTY_MEMBER.MIDDLE_NAME,
                        PARTY_MEMBER.GIVEN_NAME, PARTY_MEMBER.GENDER, PARTY_MEMBER.BIRTH_DATE, PARTY_MEMBER.UNIT_ID,
                        PARTY_UNIT.NAME, PARTY_MEMBER.STATUS, PARTY_MEMBER.CARD_NUMBER,
                        PARTY_MEMBER.ADMISSION_DECISION_DATE, PARTY_MEMBER.SORT_KEY)
                .from(PARTY_MEMBER)
                .leftJoin(PARTY_UNIT).on(PARTY_UNIT.ID.eq(PARTY_MEMBER.UNIT_ID))
                .where(where)
                .orderBy(PARTY_MEMBER.SORT_KEY, PARTY_MEMBER.ID)
                .fetch(MemberRepository::toRow);
    }

    /// Distinct folded words of a search text, longest first.
    public static List<String> searchTokens(String search) {
        List<String> tokens = new ArrayList<>();
        for (String token : Text.fold(Text.clean(search)).split(" ")) {
            if (!token.isEmpty() && !tokens.contains(token)) {
                tokens.add(token);
            }
        }
        tokens.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return tokens;
    }

    public int count(DSLContext t) {
        return t.fetchCount(PARTY_MEMBER);
    }

    private static MemberRow toRow(Record r) {
        return new MemberRow(r.get(PARTY_MEMBER.ID), r.get(PARTY_MEMBER.FULL_NAME), r.get(PARTY_MEMBER.FAMILY_NAME),
                r.get(PARTY_MEMBER.MIDDLE_NAME), r.get(PARTY_MEMBER.GIVEN_NAME), Gender.valueOf(r.get(PARTY_MEMBER.GENDER)),
                r.get(PARTY_MEMBER.BIRTH_DATE), r.get(PARTY_MEMBER.UNIT_ID), r.get(PARTY_UNIT.NAME),
                MemberStatus.valueOf(r.get(PARTY_MEMBER.STATUS)), r.get(PARTY_MEMBER.CARD_NUMBER),
                r.get(PARTY_MEMBER.ADMISSION_DECISION_DATE), r.get(PARTY_MEMBER.SORT_KEY));
    }
}
