package org.dronecoalition.domain.proposal;

import org.dronecoalition.domain.shared.Money;

/** What a manufacturer offers; any part may be missing while the proposal is a draft. */
public record ProposalTerms(Money unitPrice, Integer quantity, Integer monthlyCapacity, Integer leadTimeDays,
        String technicalData) {
}
