package org.dronecoalition.it;

import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Keeps the {@link DeployedPlatform} deployment for the whole run: Arquillian deploys a class's
 * deployments before it and removes them after it, and redeploying the EAR for each of some thirty
 * test classes would double the suite's time. The first class deploys it; the others find it
 * deployed; the domain's shutdown at the end of the run takes it away. Other deployments (the
 * in-container tests') come and go with their class as usual.
 */
public class OnePlatformDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    public static class Keeper {

        private boolean deployed;

        public void deploy(@Observes EventContext<DeployDeployment> event) {
            Deployment deployment = event.getEvent().getDeployment();
            if (!isPlatform(deployment)) {
                event.proceed();
            } else if (deployed) {
                deployment.deployed();
            } else {
                event.proceed();
                deployed = deployment.isDeployed() && !deployment.hasDeploymentError();
            }
        }

        public void undeploy(@Observes EventContext<UnDeployDeployment> event) {
            if (!isPlatform(event.getEvent().getDeployment())) {
                event.proceed();
            }
        }

        private static boolean isPlatform(Deployment deployment) {
            return DeployedPlatform.NAME.equals(deployment.getDescription().getName());
        }
    }
}
