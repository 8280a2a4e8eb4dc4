package org.dronecoalition.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dronecoalition.infrastructure.ChangeMark;

/**
 * Closes tenders whose submission deadline has passed and opens their proposals. Deadlines do not
 * depend on it: every action checks the clock itself; this only records the closing promptly.
 */
@Singleton
public class TenderDeadlines {

    private static final Logger LOG = Logger.getLogger(TenderDeadlines.class.getName());

    @EJB
    TenderService tenders;

    @Inject
    ChangeMark changes;

    /**
     * Every 10 seconds, and when the clock of an acceptance-test server is shifted; not persistent,
     * as a missed run is caught up by the next.
     */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void closeDueTenders() {
        for (long id : tenders.due()) {
            try {
                tenders.close(id);
                changes.move();
            } catch (PersistenceException | jakarta.ejb.EJBException e) {
                // Another server of the cluster closed it first, or the database is away: next run.
                LOG.log(Level.FINE, "Tender " + id + " not closed this time", e);
            }
        }
    }
}
