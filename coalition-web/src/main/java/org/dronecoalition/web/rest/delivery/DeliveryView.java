package org.dronecoalition.web.rest.delivery;

import java.time.LocalDate;
import org.dronecoalition.domain.delivery.Delivery;
import org.dronecoalition.domain.delivery.DeliverySource;
import org.dronecoalition.domain.delivery.DeliveryStatus;
import org.dronecoalition.domain.shared.DroneCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Delivery", description = "A shipment to Ukraine; drones delivered are the accepted ones")
public record DeliveryView(long id, DeliverySource source, Long orderId, String memberCode, DroneCategory category,
        int quantity, LocalDate shippedOn, String destination, DeliveryStatus status, Integer accepted,
        Integer rejected, LocalDate receivedOn, long version) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.getId(), d.getSource(), d.getOrderId(), d.getMemberCode(), d.getCategory(),
                d.getQuantity(), d.getShippedOn(), d.getDestination(), d.getStatus(), d.getAccepted(),
                d.getRejected(), d.getReceivedOn(), d.getVersion());
    }
}
