package org.dronecoalition.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The application's database, chosen by configuration alone (embedded H2 by default,
 * PostgreSQL in production), brought to the current schema by Flyway before anything uses it.
 */
@DataSourceDefinition(
        name = DatabaseSchema.DATA_SOURCE,
        className = "${MPCONFIG=coalition.ds.className}",
        url = "${MPCONFIG=coalition.ds.url}",
        user = "${MPCONFIG=coalition.db.user}",
        password = "${MPCONFIG=coalition.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSchema {

    public static final String DATA_SOURCE = "java:app/jdbc/coalition";
    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}
