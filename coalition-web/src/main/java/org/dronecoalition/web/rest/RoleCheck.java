package org.dronecoalition.web.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.dronecoalition.web.security.CurrentActor;

/**
 * Applies each operation's documented {@link Allowed} roles before its parameters and body are
 * read: an anonymous caller gets 401, a caller in another role 403, and neither learns anything
 * from how its body would have been judged.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CurrentActor actor;

    @Override
    public void filter(ContainerRequestContext request) {
        Allowed allowed = resource.getResourceMethod() == null ? null : allowed(resource.getResourceMethod());
        if (allowed != null) {
            actor.get().require(allowed.value());
        }
    }

    /** The rule of a resource method: its own, else its class's; null when public. */
    public static Allowed allowed(Method method) {
        Allowed own = method.getAnnotation(Allowed.class);
        return own != null ? own : method.getDeclaringClass().getAnnotation(Allowed.class);
    }
}
