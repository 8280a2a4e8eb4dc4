package org.dronecoalition.web.faces.tender;

import java.io.Serializable;
import org.dronecoalition.domain.tender.Criterion;

/** One editable line of the criteria table. */
public class CriterionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Integer weight;
    private boolean price;

    public CriterionRow() {
    }

    CriterionRow(Criterion c) {
        name = c.getName();
        weight = c.getWeight();
        price = c.isPrice();
    }

    Criterion toCriterion() {
        return new Criterion(name, weight == null ? 0 : weight, price);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public boolean isPrice() {
        return price;
    }

    public void setPrice(boolean price) {
        this.price = price;
    }
}
