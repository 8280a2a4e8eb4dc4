package org.dronecoalition.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as its users meet it: the EAR this build produced, deployed by Arquillian through
 * Payara's remote adapter into the domain the build started. The tests are its clients over HTTP
 * (not testable). It is deployed once for the run and kept, see {@link OnePlatformDeployment}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedPlatform {

    static final String NAME = "platform";

    @Deployment(name = NAME, testable = false)
    static EnterpriseArchive platform() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("coalition.ear",
                "target/coalition.ear")));
    }
}
