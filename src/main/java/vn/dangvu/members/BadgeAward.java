package vn.dangvu.members;

import java.time.LocalDate;

/// A Party badge presented to a member (badge_award), as a bulk load writes it ([BadgeService#recordAwards]).
public record BadgeAward(long memberId, int milestoneYears, LocalDate roundDate, String decisionNo, LocalDate decisionDate,
                         String issuer, String badgeNumber, LocalDate awardedDate, boolean early, boolean posthumous,
                         String ceremonyPlace, Long cashAmount) {
}
