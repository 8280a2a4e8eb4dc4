package org.dronecoalition.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.dronecoalition.domain.account.Actor;
import org.dronecoalition.domain.account.PasswordPolicy;
import org.dronecoalition.domain.account.Role;
import org.dronecoalition.domain.account.UserAccount;
import org.dronecoalition.domain.account.UserAccountRepository;
import org.dronecoalition.domain.audit.AuditTrail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first CSO administrator of a deployment without demo data. While no enabled CSO account
 * with a password exists, the account named by {@code coalition.admin.username} is created (or
 * found) and either takes {@code coalition.admin.password} or gets a set-password token that is
 * written to the server log, once per start, until someone has used one.
 */
@Startup
@Singleton
@DependsOn({"DatabaseSchema", "DemoData"})
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "coalition.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "coalition.admin.password")
    Optional<String> password;

    @Inject
    UserAccountRepository accounts;

    @Inject
    SetPasswordLinks links;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PostConstruct
    void bootstrap() {
        if (accounts.hasActiveAdministrator()) {
            return;
        }
        if (username.isEmpty() || username.get().isBlank()) {
            LOG.warning("No CSO administrator can sign in. Set COALITION_ADMIN_USERNAME (see config/README.md) "
                    + "and restart to create the first one.");
            return;
        }
        UserAccount admin = accounts.find(username.get()).orElseGet(this::create);
        if (admin.getRole() != Role.CSO_ADMIN) {
            LOG.severe("COALITION_ADMIN_USERNAME names " + admin.getUsername() + ", which is not a CSO account; "
                    + "choose another user name");
            return;
        }
        admin.enable();
        if (password.isPresent() && !password.get().isEmpty()) {
            PasswordPolicy.check("COALITION_ADMIN_PASSWORD", admin.getUsername(), password.get());
            admin.setPasswordHash(passwords.hash(password.get()));
            audit.record(Actor.SYSTEM, AccountService.AGGREGATE, admin.getUsername(), "PASSWORD_SET",
                    "from the operator's configuration");
            LOG.warning("The first CSO administrator " + admin.getUsername() + " signs in with the password from "
                    + "COALITION_ADMIN_PASSWORD; remove it from the configuration now.");
            return;
        }
        SetPasswordLinks.Issued issued = links.issue(admin);
        LOG.warning("The first CSO administrator is " + admin.getUsername() + ". Choose its password before "
                + issued.expiresAt() + " at /coalition/set-password.xhtml?token=" + issued.token()
                + " (or POST {\"token\":\"...\",\"password\":\"...\"} to /coalition/api/set-password). "
                + "This token is shown once; a restart before it is used issues a new one.");
    }

    private UserAccount create() {
        UserAccount admin = UserAccount.staff(username.get().trim(), "CSO administrator", Role.CSO_ADMIN, null,
                clock.instant());
        accounts.add(admin);
        audit.record(Actor.SYSTEM, AccountService.AGGREGATE, admin.getUsername(), "CREATED",
                AccountService.describe(admin) + " (first administrator, from the operator's configuration)");
        return admin;
    }
}
