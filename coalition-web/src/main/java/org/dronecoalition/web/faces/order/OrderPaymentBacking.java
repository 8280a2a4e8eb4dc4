package org.dronecoalition.web.faces.order;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dronecoalition.application.PaymentService;
import org.dronecoalition.domain.order.OrderPayment;
import org.dronecoalition.domain.shared.DomainException;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.web.faces.FacesErrors;
import org.dronecoalition.web.security.CurrentActor;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The payments on one order: their history, and the CSO's form to record one. */
@Named
@ViewScoped
public class OrderPaymentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "payment";

    @Inject
    PaymentService payments;

    @Inject
    CurrentActor actor;

    private Long id;
    private transient List<OrderPayment> history = List.of();
    private BigDecimal amount;
    private LocalDate paidOn;
    private String invoiceReference;

    public void load() {
        try {
            history = payments.payments(actor.get(), id, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        } catch (DomainException e) {
            history = List.of();
        }
    }

    public void pay() {
        try {
            OrderPayment p = payments.pay(actor.get(), null, id, Money.positive("amount", amount, null), paidOn,
                    invoiceReference);
            Messages.addFlashGlobalInfo("Paid EUR {0} for invoice {1}", p.getAmount().amount(),
                    p.getInvoiceReference());
            Faces.redirect("orders/order.xhtml?id=" + id);
        } catch (DomainException e) {
            FacesErrors.show(FORM, e);
        }
    }

    public List<OrderPayment> getPayments() {
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getInvoiceReference() {
        return invoiceReference;
    }

    public void setInvoiceReference(String invoiceReference) {
        this.invoiceReference = invoiceReference;
    }
}
