package org.dronecoalition.infrastructure;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.cp.IAtomicLong;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Named numbers in Payara's data grid, the same on every node of a cluster: Hazelcast's atomic
 * longs, which Hazelcast keeps, without CP members (Payara's default), as it keeps a map's entries:
 * in a partition with a backup on another node. Not a JCache: Payara runs each JCache operation in
 * the application's context (its tenant control looks up CDI's request context on the grid's
 * thread), and the reads of three marks took a third of a signed-in read's time. A mark is such a
 * number that only moves, each time to a new random value: what was read under it is current while
 * it stands.
 */
final class GridLongs {

    private final String name;
    private final Map<String, IAtomicLong> longs = new ConcurrentHashMap<>();

    GridLongs(String name) {
        this.name = name;
    }

    /** The number's value: 0 until it is first set. */
    long get(String key) {
        return atomic(key).get();
    }

    void set(String key, long value) {
        atomic(key).set(value);
    }

    /** Moves a mark to a new random value, not counted up, so that two nodes moving it at once need no lock. */
    void move(String key) {
        set(key, ThreadLocalRandom.current().nextLong());
    }

    /** The grid's handle of the number, looked up once per key (a few fixed keys). */
    private IAtomicLong atomic(String key) {
        return longs.computeIfAbsent(key, k -> grid().getCPSubsystem().getAtomicLong(name + "." + k));
    }

    private static HazelcastInstance grid() {
        try {
            return InitialContext.doLookup("payara/Hazelcast");
        } catch (NamingException e) {
            throw new IllegalStateException("Payara's data grid (payara/Hazelcast) is not available", e);
        }
    }
}
