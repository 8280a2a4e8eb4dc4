package org.dronecoalition.web.rest.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.dronecoalition.domain.testing.EwResistance;
import org.dronecoalition.domain.testing.TestReport;
import org.dronecoalition.domain.testing.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TestReport", description = "A test report on a pilot order")
public record TestReportView(long id, long orderId, int unitsTested, BigDecimal missionSuccessRate,
        BigDecimal rangeKm, EwResistance ewResistance, String notes, Verdict verdict, String recordedBy,
        OffsetDateTime recordedAt) {

    static TestReportView of(TestReport r) {
        return new TestReportView(r.getId(), r.getOrderId(), r.getUnitsTested(), r.getMissionSuccessRate(),
                r.getRangeKm(), r.getEwResistance(), r.getNotes(), r.getVerdict(), r.getRecordedBy(),
                r.getRecordedAt());
    }
}
