package org.dronecoalition.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.dronecoalition.domain.account.Role;

/**
 * The roles that may call an operation; an operation without it is public. The API document
 * lists them ({@code x-roles}) and {@link RoleCheck} refuses anyone else before the body is
 * read. The services check the finer rules (own country, own company) behind it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

    Role[] value();
}
