package org.dronecoalition.domain.fund;

import org.dronecoalition.domain.shared.Money;

/** What a fund is for: its name, purpose, the document that governs it and what it aims to raise (optional). */
public record FundCharter(String name, String purpose, String governingDocument, Money target) {
}
