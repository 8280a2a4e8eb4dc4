package org.dronecoalition.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Users live in the application's database with PBKDF2 hashes; their role is their one group. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/coalition",
        callerQuery = "select password_hash from user_account where username = ?",
        groupsQuery = "select user_role from user_account where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({"CSO_ADMIN", "MEMBER_REP", "TEST_OFFICER", "MANUFACTURER"})
@ApplicationScoped
public class SecurityConfiguration {
}
