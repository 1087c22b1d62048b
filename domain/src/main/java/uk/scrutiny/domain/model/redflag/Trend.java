package uk.scrutiny.domain.model.redflag;

/**
 * Which way the indicator is moving, in terms of outcomes rather than numbers (a falling rate of repeat referrals
 * is improving), because that is what a member flags.
 */
public enum Trend {
    WORSENING, IMPROVING, STABLE, FLUCTUATING
}
