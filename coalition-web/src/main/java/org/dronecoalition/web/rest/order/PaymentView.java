package org.dronecoalition.web.rest.order;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dronecoalition.domain.order.OrderPayment;
import org.dronecoalition.domain.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Payment", description = "A payment against an order: drawn from the order's commitment by the "
        + "ledger entry it names (type PAYMENT, reference ORDER-id)")
public record PaymentView(long id, long orderId, long ledgerEntryId, Money amount, String currency, LocalDate paidOn,
        String invoiceReference, String recordedBy, OffsetDateTime recordedAt) {

    static PaymentView of(OrderPayment p) {
        return new PaymentView(p.getId(), p.getOrderId(), p.getLedgerEntryId(), p.getAmount(), "EUR", p.getPaidOn(),
                p.getInvoiceReference(), p.getRecordedBy(), p.getRecordedAt());
    }
}
