package org.claimdesk.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The desk's own figures for one {@link StatsFilter}, as {@code GET /api/stats} answers them and
 * the dashboard draws them. Times are hours; days and weeks (Mondays) are UTC. "In the period"
 * means, per figure: claims that came in (were created) in it for {@code claimsByStatus},
 * {@code funnel} and the claims of {@code claimsPerDay}; steps taken in it for the rest, except
 * {@code backlogAge} and {@code held}, which are now whatever the period.
 *
 * @param claimsByStatus every status but CANDIDATE, in workflow order, zeros included
 * @param funnel how many claims got at least as far as each step, judged by where they are now
 * @param claimsPerDay one entry per day of the series window (at most the last 366 days of the period)
 * @param stageTimes each stage of a claim's first pass from submission to publication
 * @param backlogAge claims waiting for a reviewer now, by how long since they were submitted
 * @param reviewerLoad per person: claims held now, review decisions taken in the period
 * @param rates how often second reviews send a verdict back and reviews ask the editor for information
 * @param verdictMix verdicts of claims approved in the period, by outlet and by speaker
 */
public record DeskStats(Period period, Map<String, Long> claimsByStatus, List<FunnelStep> funnel,
        List<DayCount> claimsPerDay, List<StageTime> stageTimes, Backlog backlogAge, List<ReviewerLoad> reviewerLoad,
        Rates rates, VerdictMix verdictMix) {

    /**
     * What was asked and when it was answered; {@code seriesFrom}..{@code seriesTo} is the window
     * of the per-day and per-week series (totals cover the whole period).
     */
    public record Period(LocalDate from, LocalDate to, String outlet, Instant generatedAt, LocalDate seriesFrom,
            LocalDate seriesTo) {
    }

    /** @param now claims in this status now; @param reached claims in this status or one past it */
    public record FunnelStep(String status, long now, long reached) {
    }

    /** Claims that came in that day; first submissions and publications that day. */
    public record DayCount(LocalDate day, long claims, long submitted, long published) {
    }

    /**
     * One stage, over the whole period and per week of the step that ended it.
     *
     * @param stage "taken", "proposed", "approved", "published", or "total" (submitted to published)
     * @param medianHours null when no claim passed the stage in the period
     */
    public record StageTime(String stage, String from, String to, String label, long claims, Double medianHours,
            Double p90Hours, List<WeekTime> weeks) {
    }

    public record WeekTime(LocalDate week, long claims, double medianHours, double p90Hours) {
    }

    /** @param oldestHours null when nothing waits */
    public record Backlog(long waiting, long overdue, Double oldestHours, List<AgeBucket> buckets) {
    }

    /** Claims whose wait is at least {@code fromHours} and less than {@code toHours} (null: no upper end). */
    public record AgeBucket(String label, double fromHours, Double toHours, long claims, long overdue) {
    }

    /** @param decided verdicts proposed, approved or sent back, and requests for information */
    public record ReviewerLoad(String reviewer, long held, long decided, long proposed, long approved, long sentBack,
            long needsInfo) {
    }

    /**
     * @param sendBack send-backs out of second reviews (approvals and send-backs)
     * @param needsInfo requests for information out of reviews ended (those and proposed verdicts)
     */
    public record Rates(Rate sendBack, Rate needsInfo, List<WeekRates> weeks) {
    }

    /** @param rate count / of, null when of is 0 */
    public record Rate(long count, long of, Double rate) {
    }

    public record WeekRates(LocalDate week, long secondReviews, long sentBack, Double sendBackRate, long reviews,
            long needsInfo, Double needsInfoRate) {
    }

    /** Rows with the most verdicts first; the rest summed into a last "others" row. */
    public record VerdictMix(List<String> verdicts, Map<String, Long> total, List<VerdictRow> byOutlet,
            List<VerdictRow> bySpeaker) {
    }

    /**
     * @param name the outlet or speaker as most often written, "" for claims without one
     * @param others true for the last row, which sums every outlet or speaker not listed
     */
    public record VerdictRow(String name, boolean others, Map<String, Long> counts, long total) {
    }
}
