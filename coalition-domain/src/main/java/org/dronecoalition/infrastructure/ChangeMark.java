package org.dronecoalition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A mark that moves after every committed change to what the public reads, kept in Payara's data
 * grid (JCache on its Hazelcast): an answer kept with the mark it was read under is current while
 * the mark stands, on whichever node of a cluster the change was made. Moved to a new random value,
 * not counted up, so that two nodes moving it at once need no lock.
 */
@ApplicationScoped
public class ChangeMark {

    private static final String CACHE = "coalition.changes";
    private static final String MARK = "mark";

    private volatile Cache<String, Long> cache;

    public long current() {
        Long mark = cache().get(MARK);
        return mark == null ? 0L : mark;
    }

    /** Called once the change is committed and before its answer leaves the server. */
    public void move() {
        cache().put(MARK, ThreadLocalRandom.current().nextLong());
    }

    private Cache<String, Long> cache() {
        Cache<String, Long> c = cache;
        if (c == null) {
            c = open();
            cache = c;
        }
        return c;
    }

    private static Cache<String, Long> open() {
        try {
            CacheManager manager = InitialContext.doLookup("payara/CacheManager");
            Cache<String, Long> existing = manager.getCache(CACHE, String.class, Long.class);
            if (existing != null) {
                return existing;
            }
            try {
                return manager.createCache(CACHE, new MutableConfiguration<String, Long>()
                        .setTypes(String.class, Long.class));
            } catch (CacheException createdMeanwhile) {
                // Another node of the cluster created it between the two calls.
                return manager.getCache(CACHE, String.class, Long.class);
            }
        } catch (NamingException e) {
            throw new IllegalStateException("Payara's data grid (payara/CacheManager) is not available", e);
        }
    }
}
