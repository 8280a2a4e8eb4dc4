package org.dronecoalition.infrastructure;

import java.time.Duration;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * How far an acceptance-test server's clock is shifted, kept in Payara's data grid (JCache on its
 * Hazelcast), so that every node of a cluster reads the same time and a deadline passes on all of
 * them at once. Looked up on first use only: a production server never shifts its clock.
 */
final class GridClockShift {

    private static final String CACHE = "coalition.clock";
    private static final String SHIFT = "shift";

    private volatile Cache<String, Long> cache;

    Duration get() {
        Long nanos = cache().get(SHIFT);
        return nanos == null ? Duration.ZERO : Duration.ofNanos(nanos);
    }

    void set(Duration shift) {
        cache().put(SHIFT, shift.toNanos());
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
