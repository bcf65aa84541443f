package vn.dangvu.overview;

import java.util.EnumMap;
import java.util.Map;

import vn.dangvu.common.AppException;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.MemberService;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.units.PartyUnit;
import vn.dangvu.units.UnitService;

/// Counts for the overview, computed from the member list: a commune has at most a few thousand members,
/// so one list query is cheaper to keep right than a second set of SQL counts.
public final class OverviewService {

    private final SettingsService settings;
    private final UnitService units;
    private final MemberService members;

    public OverviewService(SettingsService settings, UnitService units, MemberService members) {
        this.settings = settings;
        this.units = units;
        this.members = members;
    }

    public OverviewData load() throws AppException {
        OrganizationSettings s = settings.load().orElseThrow(() -> new AppException("overview.error.noSettings"));
        int unitCount = 0;
        int cellCount = 0;
        for (PartyUnit u : units.all()) {
            if (u.active()) {
                unitCount++;
                if (u.kind().isCell()) {
                    cellCount++;
                }
            }
        }
        Map<MemberStatus, Integer> byStatus = new EnumMap<>(MemberStatus.class);
        int onRoll = 0;
        int offRoll = 0;
        for (MemberRow m : members.list(MemberQuery.all())) {
            if (m.status().onRoll()) {
                onRoll++;
                byStatus.merge(m.status(), 1, Integer::sum);
            } else {
                offRoll++;
            }
        }
        return new OverviewData(s, unitCount, cellCount, onRoll, byStatus, offRoll);
    }
}
