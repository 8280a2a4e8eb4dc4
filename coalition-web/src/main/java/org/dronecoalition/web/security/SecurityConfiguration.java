package org.dronecoalition.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles of the domain are the security groups of the web tier; accounts are checked by the mechanism. */
@DeclareRoles({"CSO_ADMIN", "MEMBER_REP", "TEST_OFFICER", "MANUFACTURER"})
@ApplicationScoped
public class SecurityConfiguration {
}
