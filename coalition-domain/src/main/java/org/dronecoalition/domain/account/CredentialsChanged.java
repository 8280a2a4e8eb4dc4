package org.dronecoalition.domain.account;

/**
 * Who may sign in, or as whom, has changed: an account's role, scope or state, a token revoked, a
 * sign-in refused (which may throttle an account or an address), or a member country amended or
 * withdrawn (for which its representatives act). Sign-ins verified before it are verified again.
 */
public record CredentialsChanged() {
}
