package org.dronecoalition.domain.account;

/**
 * Who may sign in, or as whom, has changed: an account's role, scope or state, a token revoked, or
 * a sign-in refused (which may throttle an account or an address). Sign-ins verified before it are
 * verified again.
 */
public record CredentialsChanged() {
}
