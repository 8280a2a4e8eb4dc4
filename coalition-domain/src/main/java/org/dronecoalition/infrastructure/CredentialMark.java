package org.dronecoalition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.dronecoalition.domain.account.CredentialsChanged;

/**
 * A mark that moves after every change to who may sign in and as whom, kept in Payara's data grid
 * beside the {@link ChangeMark}: a sign-in verified under the mark may be taken as given, on any
 * node, while it stands. It moves once the transaction of the change has ended, so that no node
 * verifies again under the new mark before the change can be read.
 */
@ApplicationScoped
public class CredentialMark {

    private static final String MARK = "credentials";

    private final GridLongs grid = new GridLongs("coalition.changes");

    public long current() {
        return grid.get(MARK);
    }

    void move(@Observes(during = TransactionPhase.AFTER_COMPLETION) CredentialsChanged change) {
        grid.move(MARK);
    }
}
