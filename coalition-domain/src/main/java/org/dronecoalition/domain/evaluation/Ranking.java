package org.dronecoalition.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dronecoalition.domain.proposal.Proposal;
import org.dronecoalition.domain.tender.Criterion;

/**
 * The CSO's recommendation: compliant proposals ordered by their weighted score. The price
 * criterion is scored by formula (lowest unit price 10, others in proportion); the others are
 * the member countries' points. A country's total counts once it has scored every criterion, and a
 * proposal's score is the mean of those totals.
 */
public final class Ranking {

    private static final BigDecimal TEN = BigDecimal.TEN;

    /** One proposal in the ranking, with each scoring country's points and total. */
    public record Entry(Proposal proposal, BigDecimal priceScore, Map<String, Map<String, Integer>> points,
            Map<String, BigDecimal> countryTotals, BigDecimal score, int rank) {
    }

    private Ranking() {
    }

    public static List<Entry> of(List<Criterion> criteria, List<Proposal> compliant, List<Score> scores,
            Map<Long, BigDecimal> unitPrices) {
        BigDecimal lowest = compliant.stream().map(p -> unitPrices.get(p.getId())).min(Comparator.naturalOrder())
                .orElse(BigDecimal.ONE);
        Map<Long, List<Score>> byProposal = scores.stream().collect(Collectors.groupingBy(Score::getProposalId));
        List<Entry> unranked = new ArrayList<>();
        for (Proposal p : compliant) {
            BigDecimal price = TEN.multiply(lowest).divide(unitPrices.get(p.getId()), 4, RoundingMode.HALF_UP);
            Map<String, Map<String, Integer>> points = new TreeMap<>();
            for (Score s : byProposal.getOrDefault(p.getId(), List.of())) {
                points.computeIfAbsent(s.getMemberCode(), c -> new LinkedHashMap<>()).put(s.getCriterion(),
                        s.getPoints());
            }
            Map<String, BigDecimal> totals = new TreeMap<>();
            points.forEach((country, given) -> total(criteria, given, price).ifPresent(t -> totals.put(country, t)));
            BigDecimal score = totals.isEmpty() ? null : totals.values().stream().reduce(BigDecimal.ZERO,
                    BigDecimal::add).divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
            unranked.add(new Entry(p, price.setScale(2, RoundingMode.HALF_UP), points, totals, score, 0));
        }
        unranked.sort(Comparator.comparing(Entry::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(e -> e.proposal().getId()));
        List<Entry> ranked = new ArrayList<>();
        for (Entry e : unranked) {
            ranked.add(new Entry(e.proposal(), e.priceScore(), e.points(), e.countryTotals(), e.score(),
                    e.score() == null ? 0 : ranked.size() + 1));
        }
        return ranked;
    }

    /** A country's weighted total (0 to 10), once it has scored every criterion but the price. */
    private static Optional<BigDecimal> total(List<Criterion> criteria, Map<String, Integer> given,
            BigDecimal price) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            BigDecimal points;
            if (c.isPrice()) {
                points = price;
            } else if (given.containsKey(c.getName())) {
                points = BigDecimal.valueOf(given.get(c.getName()));
            } else {
                return Optional.empty();
            }
            sum = sum.add(points.multiply(BigDecimal.valueOf(c.getWeight())));
        }
        return Optional.of(sum.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
    }
}
