package org.dronecoalition.domain.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.dronecoalition.domain.shared.InvalidInputException;

/**
 * One weighted evaluation criterion. The price criterion is scored by formula from the unit
 * prices, the others by the member countries' evaluators.
 */
@Embeddable
public class Criterion {

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "price", nullable = false)
    private boolean price;

    protected Criterion() {
    }

    public Criterion(String name, int weight, boolean price) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("criteria", "every criterion needs a name");
        }
        if (weight < 1 || weight > 100) {
            throw new InvalidInputException("criteria", "the weight of '" + name.strip() + "' must be 1 to 100");
        }
        this.name = name.strip();
        this.weight = weight;
        this.price = price;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }

    public boolean isPrice() {
        return price;
    }
}
