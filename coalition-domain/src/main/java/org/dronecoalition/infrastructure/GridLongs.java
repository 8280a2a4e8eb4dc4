package org.dronecoalition.infrastructure;

import java.util.concurrent.ThreadLocalRandom;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Named numbers in Payara's data grid (a JCache on its Hazelcast), the same on every node of a
 * cluster. The cache is looked up on first use. A mark is such a number that only moves, each time to
 * a new random value: what was read under it is current while it stands.
 */
final class GridLongs {

    private final String name;
    private volatile Cache<String, Long> cache;

    GridLongs(String name) {
        this.name = name;
    }

    Long get(String key) {
        return cache().get(key);
    }

    void put(String key, long value) {
        cache().put(key, value);
    }

    /** A mark's value: 0 until it first moves. */
    long mark(String key) {
        Long mark = get(key);
        return mark == null ? 0L : mark;
    }

    /** Moves a mark to a new random value, not counted up, so that two nodes moving it at once need no lock. */
    void move(String key) {
        put(key, ThreadLocalRandom.current().nextLong());
    }

    private Cache<String, Long> cache() {
        Cache<String, Long> c = cache;
        if (c == null) {
            c = open();
            cache = c;
        }
        return c;
    }

    private Cache<String, Long> open() {
        try {
            CacheManager manager = InitialContext.doLookup("payara/CacheManager");
            Cache<String, Long> existing = manager.getCache(name, String.class, Long.class);
            if (existing != null) {
                return existing;
            }
            try {
                return manager.createCache(name, new MutableConfiguration<String, Long>()
                        .setTypes(String.class, Long.class));
            } catch (CacheException createdMeanwhile) {
                // Another node of the cluster created it between the two calls.
                return manager.getCache(name, String.class, Long.class);
            }
        } catch (NamingException e) {
            throw new IllegalStateException("Payara's data grid (payara/CacheManager) is not available", e);
        }
    }
}
