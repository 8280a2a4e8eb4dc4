package org.dronecoalition.domain.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dronecoalition.domain.shared.After;
import org.dronecoalition.domain.shared.Money;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;

/**
 * The ledgers of all funds: appends entries and sums them. Balances are aggregate queries on the
 * (fund_id, entry_type) index, never loops over entries.
 */
@ApplicationScoped
public class Ledger {

    private static final OffsetDateTime BEFORE_ANY_ENTRY = Instant.EPOCH.atOffset(ZoneOffset.UTC);
    private static final Pattern ORDER_REFERENCE = Pattern.compile("ORDER-([1-9][0-9]{0,17})");

    /** Narrows a ledger listing; null fields do not filter. */
    public record Filter(EntryType type, String memberCode, OffsetDateTime from, OffsetDateTime to) {
        public static final Filter NONE = new Filter(null, null, null, null);
    }

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    void append(LedgerEntry entry) {
        em.persist(entry);
        em.flush();
    }

    public LedgerEntry get(long id) {
        LedgerEntry entry = em.find(LedgerEntry.class, id);
        if (entry == null) {
            throw new UnknownEntityException("Ledger entry", id);
        }
        return entry;
    }

    /** What remains of an entry after the corrections that name it (their amounts are negative). */
    public Money remainderOf(LedgerEntry entry) {
        BigDecimal corrections = em.createQuery("select coalesce(sum(e.amount), 0) from LedgerEntry e "
                + "where e.correctsId = :id", BigDecimal.class).setParameter("id", entry.getId()).getSingleResult();
        return entry.getAmount().plus(new Money(corrections));
    }

    /** A fund's balance: one row, kept with every entry. */
    public FundBalance balance(long fundId) {
        FundTotals totals = em.find(FundTotals.class, fundId);
        return totals == null ? FundBalance.EMPTY : totals.balance();
    }

    /** The balance of every fund that has one. */
    public Map<Long, FundBalance> balancesByFund() {
        Map<Long, FundBalance> result = new LinkedHashMap<>();
        em.createQuery("select t from FundTotals t order by t.fundId", FundTotals.class).getResultList()
                .forEach(t -> result.put(t.getFundId(), t.balance()));
        return result;
    }

    /**
     * The fund's totals, read and locked until the transaction ends in one statement: the lock
     * that orders every movement of the fund's money. No row refers to the totals, so a writer of a
     * row that refers to the fund (on PostgreSQL a key-share lock on it) never waits for this one.
     */
    FundTotals lock(long fundId) {
        FundTotals totals = em.find(FundTotals.class, fundId, LockModeType.PESSIMISTIC_WRITE);
        if (totals == null) {
            throw new UnknownEntityException("Fund", fundId);
        }
        return totals;
    }

    /** The balance of the entries that carry one reference (an order, say). */
    public FundBalance balance(long fundId, String reference) {
        return FundBalance.of(totals(em.createQuery("select e.type, sum(e.amount) from LedgerEntry e "
                        + "where e.fundId = :fund and e.reference = :reference group by e.type", Object[].class)
                .setParameter("fund", fundId).setParameter("reference", reference)));
    }

    /** The balances of several references (a page of orders, say) in one grouped query. */
    public Map<String, FundBalance> balances(Collection<Long> fundIds, Collection<String> references) {
        Map<String, Map<EntryType, Money>> totals = new LinkedHashMap<>();
        if (!references.isEmpty()) {
            for (Object[] row : em.createQuery("select e.reference, e.type, sum(e.amount) from LedgerEntry e "
                            + "where e.fundId in :funds and e.reference in :references group by e.reference, e.type",
                            Object[].class).setParameter("funds", fundIds).setParameter("references", references)
                    .getResultList()) {
                totals.computeIfAbsent((String) row[0], r -> new EnumMap<>(EntryType.class))
                        .put((EntryType) row[1], new Money((BigDecimal) row[2]));
            }
        }
        Map<String, FundBalance> result = new LinkedHashMap<>();
        totals.forEach((reference, byType) -> result.put(reference, FundBalance.of(byType)));
        return result;
    }

    /** Money received per member country, for every fund or one (fundId null means all). */
    public Map<String, Money> receivedByMember(Long fundId) {
        return byMember("received", fundId);
    }

    /** Money pledged per member country, for every fund or one (fundId null means all). */
    public Map<String, Money> pledgedByMember(Long fundId) {
        return byMember("pledged", fundId);
    }

    /** Money pledged per fund, in one grouped query. */
    public Map<Long, Money> pledgedByFund() {
        return Money.sums(em.createQuery("select t.fundId, sum(t.pledged) from MemberTotals t group by t.fundId",
                Object[].class).getResultList());
    }

    private Map<String, Money> byMember(String amount, Long fundId) {
        String where = fundId == null ? "" : " where t.fundId = :fund";
        var query = em.createQuery("select t.memberCode, sum(t." + amount + ") from MemberTotals t" + where
                + " group by t.memberCode order by t.memberCode", Object[].class);
        if (fundId != null) {
            query.setParameter("fund", fundId);
        }
        return Money.sums(query.getResultList());
    }

    /** A member country's totals in a fund that the caller has locked; created with its first pledge. */
    MemberTotals memberTotalsOfLocked(long fundId, String memberCode) {
        MemberTotals totals = em.find(MemberTotals.class, new MemberTotals.Key(fundId, memberCode));
        if (totals == null) {
            totals = new MemberTotals(fundId, memberCode);
            em.persist(totals);
        }
        return totals;
    }

    /**
     * The member shares of the fund's order that a reference names, as {@code Order.reference()}
     * writes it ("ORDER-51"); empty when it names none of the fund's orders.
     */
    Optional<Map<String, BigDecimal>> orderShares(long fundId, String reference) {
        Matcher order = ORDER_REFERENCE.matcher(reference);
        if (!order.matches()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.member_code, s.share from purchase_order o "
                        + "left join order_share s on s.order_id = o.id where o.id = ?1 and o.fund_id = ?2")
                .setParameter(1, Long.parseLong(order.group(1))).setParameter(2, fundId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> shares = new TreeMap<>();
        rows.stream().filter(r -> r[0] != null)
                .forEach(r -> shares.put((String) r[0], new BigDecimal(r[1].toString())));
        return Optional.of(shares);
    }

    /** Each member country's totals in a fund. */
    public List<MemberTotals> memberTotals(long fundId) {
        return em.createQuery("select t from MemberTotals t where t.fundId = :fund order by t.memberCode",
                MemberTotals.class).setParameter("fund", fundId).getResultList();
    }

    /** What a fund committed, released and paid for its orders. */
    public FundBalance ofOrders(long fundId) {
        FundTotals totals = em.find(FundTotals.class, fundId);
        return totals == null ? FundBalance.EMPTY : totals.ofOrders();
    }

    /** A pledge's receipts and the corrections that name them, oldest first. */
    public Page<LedgerEntry> ofContribution(long contributionId, PageRequest request) {
        TypedQuery<LedgerEntry> query = em.createQuery("select e from LedgerEntry e where e.contributionId = :c "
                + "order by e.recordedAt, e.id", LedgerEntry.class).setParameter("c", contributionId);
        TypedQuery<Long> count = em.createQuery("select count(e) from LedgerEntry e where e.contributionId = :c",
                Long.class).setParameter("c", contributionId);
        return new Page<>(query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), count.getSingleResult());
    }

    /**
     * Oldest first, as a ledger is read. From a key on ({@link PageRequest#after()}) by an index
     * seek, the first page from before any entry: that bound on the time also leads H2 to the index
     * that gives the order, where the fund alone led it to the foreign key's index and a sort of
     * all the fund's entries. The unfiltered total is the count kept with the fund's totals.
     */
    public Page<LedgerEntry> list(long fundId, Filter filter, PageRequest request) {
        String where = where(filter);
        After after = request.after();
        TypedQuery<LedgerEntry> query = em.createQuery("select e from LedgerEntry e where e.fundId = :fund" + where
                + " and e.recordedAt >= :at and (e.recordedAt > :at or e.id > :id) order by " + order(filter),
                LedgerEntry.class);
        bind(query, fundId, filter);
        query.setParameter("at", after == null ? BEFORE_ANY_ENTRY : recordedAt(after))
                .setParameter("id", after == null ? 0L : after.id());
        List<LedgerEntry> items = query.setFirstResult(after == null ? request.offset() : 0)
                .setMaxResults(request.size()).getResultList();
        long total;
        if (filter.equals(Filter.NONE)) {
            FundTotals totals = em.find(FundTotals.class, fundId);
            total = totals == null ? 0 : totals.entries();
        } else {
            TypedQuery<Long> count = em.createQuery("select count(e) from LedgerEntry e where e.fundId = :fund"
                    + where, Long.class);
            bind(count, fundId, filter);
            total = count.getSingleResult();
        }
        LedgerEntry last = items.isEmpty() ? null : items.get(items.size() - 1);
        boolean more = last != null && (request.page() + 1L) * request.size() < total;
        return new Page<>(items, request.page(), request.size(), total,
                more ? new After(request.page() + 1, last.getRecordedAt().toInstant().toString(), last.getId()) : null);
    }

    private static OffsetDateTime recordedAt(After after) {
        try {
            return Instant.parse(after.key()).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw After.invalid();
        }
    }

    /**
     * Oldest first, led by the columns the filter holds equal, as the index that serves it is: H2
     * reads a page straight from an index only when the order begins with the index's columns.
     */
    private static String order(Filter f) {
        return "e.fundId" + (f.type() != null ? ", e.type" : f.memberCode() != null ? ", e.memberCode" : "")
                + ", e.recordedAt, e.id";
    }

    private static String where(Filter f) {
        return (f.type() == null ? "" : " and e.type = :type")
                + (f.memberCode() == null ? "" : " and e.memberCode = :member")
                + (f.from() == null ? "" : " and e.recordedAt >= :from")
                + (f.to() == null ? "" : " and e.recordedAt < :to");
    }

    private static void bind(TypedQuery<?> query, long fundId, Filter f) {
        query.setParameter("fund", fundId);
        if (f.type() != null) {
            query.setParameter("type", f.type());
        }
        if (f.memberCode() != null) {
            query.setParameter("member", f.memberCode());
        }
        if (f.from() != null) {
            query.setParameter("from", f.from());
        }
        if (f.to() != null) {
            query.setParameter("to", f.to());
        }
    }

    private static Map<EntryType, Money> totals(TypedQuery<Object[]> query) {
        return Money.sums(query.getResultList());
    }
}
