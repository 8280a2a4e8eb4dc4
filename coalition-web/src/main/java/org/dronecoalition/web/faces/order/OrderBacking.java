package org.dronecoalition.web.faces.order;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dronecoalition.application.DeliveryService;
import org.dronecoalition.application.OrderService;
import org.dronecoalition.application.TestReportService;
import org.dronecoalition.domain.delivery.Delivery;
import org.dronecoalition.domain.fund.FundBalance;
import org.dronecoalition.domain.order.Order;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.testing.EwResistance;
import org.dronecoalition.domain.testing.TestReport;
import org.dronecoalition.domain.testing.Verdict;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Messages;

/**
 * One order: test officers report on a pilot batch, the manufacturer or the CSO records shipments,
 * the CSO records what arrived and places the scale-up order.
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "order";

    @Inject
    OrderService orders;

    @Inject
    TestReportService reports;

    @Inject
    DeliveryService deliveries;

    @Inject
    CurrentActor actor;

    private Long id;
    private transient Order order;
    private transient List<TestReport> testReports = List.of();
    private transient List<Delivery> shipments = List.of();
    private String tender;
    private Integer unitsTested;
    private BigDecimal missionSuccessRate;
    private BigDecimal rangeKm;
    private EwResistance ewResistance;
    private String notes;
    private Verdict verdict;
    private Integer shipQuantity;
    private LocalDate shippedOn;
    private String destination;
    private Integer scaleUpQuantity;
    private String endReason;
    private transient FundBalance money;
    private final Map<Long, Integer> accepted = new HashMap<>();
    private final Map<Long, Integer> rejected = new HashMap<>();

    public void load() {
        try {
            order = orders.get(actor.get(), id);
            money = orders.money(List.of(order)).get(id);
            tender = orders.tenderOf(order);
            testReports = reports.list(actor.get(), id);
            shipments = deliveries.ofOrder(actor.get(), id);
        } catch (DomainException e) {
            order = null;
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void report() {
        act(FORM, () -> reports.record(actor.get(), id, new TestReportService.Findings(
                unitsTested == null ? 0 : unitsTested, missionSuccessRate == null ? BigDecimal.ZERO : missionSuccessRate,
                rangeKm, ewResistance, notes, verdict)), "Test report recorded");
    }

    public void ship() {
        act("shipment", () -> deliveries.ship(actor.get(), id, shipQuantity == null ? 0 : shipQuantity, shippedOn, destination),
                "Shipment recorded");
    }

    public void receive(Delivery d) {
        act("deliveries", () -> deliveries.receive(actor.get(), d.getId(), d.getVersion(), orZero(accepted.get(d.getId())),
                orZero(rejected.get(d.getId()))), "Receipt recorded");
    }

    public void scaleUp() {
        try {
            Order placed = orders.scaleUp(actor.get(), tender, order.getManufacturerId(),
                    scaleUpQuantity == null ? 0 : scaleUpQuantity);
            Messages.addGlobalInfo("Scale-up order {0} placed for {1} drones", placed.getId(), placed.getQuantity());
        } catch (DomainException e) {
            FacesErrors.show("scaleUp", e);
        }
    }

    public void startProduction() {
        act("steps", () -> orders.startProduction(actor.get(), id, order.getVersion()), "Production started");
    }

    public void close() {
        act("ending", () -> orders.close(actor.get(), id, order.getVersion(), endReason),
                "Order closed; the unpaid commitment is released");
    }

    public void cancel() {
        act("ending", () -> orders.cancel(actor.get(), id, order.getVersion(), endReason),
                "Order cancelled; the unpaid commitment is released");
    }

    private void act(String form, Runnable step, String done) {
        try {
            step.run();
            Messages.addGlobalInfo(done);
            load();
        } catch (DomainException e) {
            FacesErrors.show(form, e);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public Order getOrder() {
        return order;
    }

    public FundBalance getMoney() {
        return money;
    }

    /** A member country's share of the order, as a percentage and in drones. */
    public record Share(String country, BigDecimal percent, BigDecimal drones) {
    }

    public List<Share> getShares() {
        return order.getShares().entrySet().stream().map(e -> new Share(
                new Locale("", e.getKey()).getDisplayCountry(Locale.ENGLISH) + " (" + e.getKey() + ")",
                e.getValue().movePointRight(2), e.getValue().multiply(BigDecimal.valueOf(order.getQuantity()))))
                .toList();
    }

    public String getTender() {
        return tender;
    }

    public List<TestReport> getTestReports() {
        return testReports;
    }

    public List<Delivery> getShipments() {
        return shipments;
    }

    public EwResistance[] getEwResistances() {
        return EwResistance.values();
    }

    public Verdict[] getVerdicts() {
        return Verdict.values();
    }

    public Map<Long, Integer> getAccepted() {
        return accepted;
    }

    public Map<Long, Integer> getRejected() {
        return rejected;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getUnitsTested() {
        return unitsTested;
    }

    public void setUnitsTested(Integer unitsTested) {
        this.unitsTested = unitsTested;
    }

    public BigDecimal getMissionSuccessRate() {
        return missionSuccessRate;
    }

    public void setMissionSuccessRate(BigDecimal missionSuccessRate) {
        this.missionSuccessRate = missionSuccessRate;
    }

    public BigDecimal getRangeKm() {
        return rangeKm;
    }

    public void setRangeKm(BigDecimal rangeKm) {
        this.rangeKm = rangeKm;
    }

    public EwResistance getEwResistance() {
        return ewResistance;
    }

    public void setEwResistance(EwResistance ewResistance) {
        this.ewResistance = ewResistance;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public Integer getShipQuantity() {
        return shipQuantity;
    }

    public void setShipQuantity(Integer shipQuantity) {
        this.shipQuantity = shipQuantity;
    }

    public LocalDate getShippedOn() {
        return shippedOn;
    }

    public void setShippedOn(LocalDate shippedOn) {
        this.shippedOn = shippedOn;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public Integer getScaleUpQuantity() {
        return scaleUpQuantity;
    }

    public void setScaleUpQuantity(Integer scaleUpQuantity) {
        this.scaleUpQuantity = scaleUpQuantity;
    }
}
