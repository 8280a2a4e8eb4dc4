package org.dronecoalition.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The REST API under {@code /coalition/api}. Reads are public; writes need HTTP Basic or an API token, and a role. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Drone Coalition Platform API", version = "1.0",
                description = "Member countries, funds, tenders, proposals, orders and deliveries of the "
                        + "Drone Coalition. Errors are RFC 9457 problem details (application/problem+json).",
                contact = @Contact(name = "Coalition Support Office"),
                license = @License(name = "EUPL-1.2", url = "https://eupl.eu/1.2/en/")),
        servers = @Server(url = "/coalition", description = "This server"))
@SecurityScheme(securitySchemeName = CoalitionApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "User name and password of a platform account")
@SecurityScheme(securitySchemeName = CoalitionApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token that the CSO issued for a platform account (POST /api/accounts/{username}/tokens)")
public class CoalitionApi extends Application {

    public static final String BASIC = "basic";
    public static final String BEARER = "bearer";
}
