package vn.dangvu.rating;

import static vn.dangvu.db.jooq.Tables.RULE_SET;
import static vn.dangvu.db.jooq.Tables.WORKING_YEAR;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import vn.dangvu.db.jooq.tables.records.RuleSetRecord;

/// The only writer of rule_set: the built-in rule sets come with the migrations; users add copies and adjust them.
/// Lists are stored as comma-separated codes.
public final class RuleSetRepository {

    public List<RuleSet> all(DSLContext t) {
        return t.selectFrom(RULE_SET).orderBy(RULE_SET.EFFECTIVE_FROM_YEAR.desc(), RULE_SET.CODE).fetch(RuleSetRepository::toRuleSet);
    }

    public Optional<RuleSet> find(DSLContext t, String code) {
        return t.selectFrom(RULE_SET).where(RULE_SET.CODE.eq(code)).fetchOptional(RuleSetRepository::toRuleSet);
    }

    /// The years using a rule set whose state is CLOSED (their ratings were made under it as it stands).
    public List<Integer> closedYearsUsing(DSLContext t, String code) {
        return t.select(WORKING_YEAR.WORK_YEAR).from(WORKING_YEAR).where(WORKING_YEAR.RULE_SET_CODE.eq(code))
                .and(WORKING_YEAR.STATUS.eq("CLOSED")).orderBy(WORKING_YEAR.WORK_YEAR).fetch(WORKING_YEAR.WORK_YEAR);
    }

    public void insert(DSLContext t, RuleSet rs, LocalDateTime now) {
        RuleSetRecord r = t.newRecord(RULE_SET);
        fill(r, rs);
        r.setCode(rs.code());
        r.setBuiltIn(false);
        r.setCopiedFrom(rs.copiedFrom().orElse(null));
        r.setCreatedAt(now);
        r.insert();
    }

    public void update(DSLContext t, RuleSet rs) {
        RuleSetRecord r = t.fetchSingle(RULE_SET, RULE_SET.CODE.eq(rs.code()));
        fill(r, rs);
        r.update();
    }

    private static void fill(RuleSetRecord r, RuleSet rs) {
        r.setName(rs.name());
        r.setEffectiveFromYear(rs.fromYear());
        r.setEffectiveToYear(rs.toYear().orElse(null));
        r.setLevels(codes(rs.levels()));
        r.setUsesPoints(rs.usesScores());
        r.setExcellentMinScore(rs.scores().map(RuleSet.Thresholds::excellent).orElse(null));
        r.setGoodMinScore(rs.scores().map(RuleSet.Thresholds::good).orElse(null));
        r.setCompletedMinScore(rs.scores().map(RuleSet.Thresholds::completed).orElse(null));
        r.setExcellentQuotaPct(rs.quotaPercent().orElse(null));
        r.setQuotaBasis(rs.quotaBasis());
        r.setQuotaMode(rs.quotaMode().name());
        r.setExemptions(codes(rs.exemptions()));
        r.setAdmissionMinMonths(rs.admissionMinMonths());
        r.setAutoConditions(codes(rs.autoConditions()));
        r.setDescription(rs.description().isBlank() ? null : rs.description());
    }

    private static RuleSet toRuleSet(RuleSetRecord r) {
        Optional<RuleSet.Thresholds> scores = Boolean.TRUE.equals(r.getUsesPoints()) && r.getExcellentMinScore() != null
                ? Optional.of(new RuleSet.Thresholds(r.getExcellentMinScore(), r.getGoodMinScore(), r.getCompletedMinScore()))
                : Optional.empty();
        return new RuleSet(r.getCode(), r.getName(), r.getEffectiveFromYear(), Optional.ofNullable(r.getEffectiveToYear()),
                Boolean.TRUE.equals(r.getBuiltIn()), Optional.ofNullable(r.getCopiedFrom()),
                parse(r.getLevels(), Level.class).stream().sorted().toList(), scores,
                Optional.ofNullable(r.getExcellentQuotaPct()), r.getQuotaBasis() == null ? RuleSet.BASIS_GOOD : r.getQuotaBasis(),
                QuotaMode.valueOf(r.getQuotaMode()), parse(r.getExemptions(), ExemptionReason.class), r.getAdmissionMinMonths(),
                parse(r.getAutoConditions(), AutoCondition.class), r.getDescription() == null ? "" : r.getDescription());
    }

    /// Codes the app does not know (written by a newer version) are left out.
    static <E extends Enum<E>> Set<E> parse(String csv, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        if (csv == null) {
            return out;
        }
        for (String c : csv.split(",")) {
            Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(c.strip())).findFirst().ifPresent(out::add);
        }
        return out;
    }

    static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name).collect(Collectors.joining(","));
    }
}
