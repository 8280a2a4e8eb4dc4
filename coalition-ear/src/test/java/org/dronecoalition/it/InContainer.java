package org.dronecoalition.it;

import java.io.File;
import java.net.URISyntaxException;
import org.hamcrest.Matchers;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * An archive for tests that run inside the server: the domain module and its libraries, taken
 * from the built EAR, with the test class. It works on the same database as the deployed platform
 * (the same configuration of the same server), as a second instance of the domain would.
 */
final class InContainer {

    private InContainer() {
    }

    static WebArchive archive(Class<?> test) {
        EnterpriseArchive ear = DeployedPlatform.platform();
        WebArchive war = ShrinkWrap.create(WebArchive.class, "in-container.war")
                .addClass(test)
                .addAsLibrary(hamcrest())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                // This archive serves no API: it must not take the platform's place in /openapi.
                .addAsResource(new StringAsset("config_ordinal=500\nmp.openapi.scan.disable=true\n"),
                        "META-INF/microprofile-config.properties");
        for (Node node : ear.getContent().values()) {
            ArchivePath path = node.getPath();
            if (path.get().endsWith(".jar")) {
                war.addAsLibrary(ear.getAsType(JavaArchive.class, path));
            }
        }
        return war;
    }

    private static File hamcrest() {
        try {
            return new File(Matchers.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
