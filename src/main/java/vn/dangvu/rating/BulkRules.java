package vn.dangvu.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dangvu.common.AppException;

/// Many ratings of a year checked at once against its roster (pure), as [SaveRules] checks one: an import, or any
/// list saved together. The same member or organisation twice is refused the second time; decisions other than
/// HTXSNV are taken first, so the quota is checked against the HTTNV of the whole list, as if saved one by one in
/// that order.
final class BulkRules {

    /// The outcome for the input at `index`, or its refusal.
    record Result(int index, RatingInput input, Optional<SaveRules.Outcome> outcome, Optional<AppException> refusal) {
    }

    private BulkRules() {
    }

    static List<Result> check(Roster r, List<RatingInput> inputs) {
        Map<Long, RosterMember> members = new HashMap<>();
        r.members().forEach(m -> members.put(m.memberId(), m));
        Map<Long, RosterUnit> units = new HashMap<>();
        r.organisations().forEach(u -> units.put(u.unit().id(), u));
        QuotaTally tally = QuotaTally.of(r);
        long unitScope = QuotaTally.unitScope(r);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> inputs.get(i).decision().level().equals(Optional.of(Level.EXCELLENT))));
        Map<Subject, Integer> seen = new HashMap<>();
        List<Integer> twice = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (seen.putIfAbsent(inputs.get(i).subject(), i) != null) {
                twice.add(i);
            }
        }
        Result[] out = new Result[inputs.size()];
        for (int i : order) {
            RatingInput in = inputs.get(i);
            try {
                in = SaveRules.clean(in);
                if (in.year() != r.year().year()) {
                    throw new IllegalArgumentException("input of " + in.year() + " in the roster of " + r.year().year());
                }
                if (twice.contains(i)) {
                    throw new AppException("rating.error.twice", name(r, in.subject()), r.year().year());
                }
                SaveRules.Outcome o = in.subject().isMember() ? member(r, in, members, tally) : unit(r, in, units, tally, unitScope);
                out[i] = new Result(i, in, Optional.of(o), Optional.empty());
            } catch (AppException e) {
                out[i] = new Result(i, in, Optional.empty(), Optional.of(e));
            }
        }
        return List.of(out);
    }

    private static SaveRules.Outcome member(Roster r, RatingInput in, Map<Long, RosterMember> members, QuotaTally tally)
            throws AppException {
        RosterMember m = members.get(in.subject().id());
        if (m == null) {
            throw new AppException("rating.error.notOnRoll", in.subject().id(), r.year().year());
        }
        Optional<Level> old = m.stored().flatMap(Evaluation::level);
        SaveRules.Scope scope = new SaveRules.Scope(m.groupId(), r.units().get(m.groupId()).name(),
                tally.counts(Subject.Kind.MEMBER, m.groupId()), m.stored().isPresent());
        SaveRules.Outcome o = SaveRules.member(r.year(), in, new SaveRules.MemberCase(m.fullName(), m.cellId(), m.exemption(),
                m.disciplines(), m.stored(), scope));
        tally.change(Subject.Kind.MEMBER, m.groupId(), old, o.decision().level());
        return o;
    }

    private static SaveRules.Outcome unit(Roster r, RatingInput in, Map<Long, RosterUnit> units, QuotaTally tally, long unitScope)
            throws AppException {
        RosterUnit u = units.get(in.subject().id());
        if (u == null) {
            throw new AppException("rating.error.noUnit");
        }
        long id = u.unit().id();
        Optional<Level> old = u.stored().flatMap(Evaluation::level);
        Optional<SaveRules.Scope> scope = u.unit().parentId().isEmpty() ? Optional.empty()
                : Optional.of(new SaveRules.Scope(unitScope, r.units().get(unitScope).name(), tally.counts(Subject.Kind.UNIT, unitScope),
                        u.stored().isPresent()));
        List<DisciplineFact> own = u.disciplines().stream().filter(d -> d.unitId().equals(Optional.of(id))).toList();
        SaveRules.Outcome o = SaveRules.unit(r.year(), in, new SaveRules.UnitCase(u.unit().name(), u.ratedIn(), true, u.exemption(),
                own, u.disciplines(), u.stored(), scope));
        if (scope.isPresent()) {
            tally.change(Subject.Kind.UNIT, unitScope, old, o.decision().level());
        }
        return o;
    }

    private static String name(Roster r, Subject s) {
        if (s.isMember()) {
            return r.members().stream().filter(m -> m.memberId() == s.id()).map(RosterMember::fullName).findFirst().orElse("");
        }
        return Optional.ofNullable(r.units().get(s.id())).map(u -> u.name()).orElse("");
    }
}
