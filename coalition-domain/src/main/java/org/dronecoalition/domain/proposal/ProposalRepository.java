package org.dronecoalition.domain.proposal;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.dronecoalition.domain.manufacturer.Manufacturer;
import org.dronecoalition.domain.shared.Page;
import org.dronecoalition.domain.shared.PageRequest;
import org.dronecoalition.domain.shared.UnknownEntityException;
import org.dronecoalition.domain.tender.Tender;

/**
 * Proposals, their documents and submissions. Lists come with their tender and manufacturer in
 * one query and their counting submissions in a second, never one query per row.
 */
@ApplicationScoped
public class ProposalRepository {

    /** A proposal in a list, with what a reader needs to recognise it. */
    public record Listed(Proposal proposal, Tender tender, Manufacturer manufacturer, ProposalSubmission counted) {
    }

    /** Submitted at least once and not withdrawn: the proposals that are opened (see ProposalStatus.counts). */
    private static final String COUNTS = "p.submittedVersion > 0 "
            + "and p.status <> org.dronecoalition.domain.proposal.ProposalStatus.WITHDRAWN";

    @PersistenceContext(unitName = "coalition")
    private EntityManager em;

    /** The persistence unit's own data source: its connections take part in the same transaction. */
    @Resource(lookup = "java:app/jdbc/coalition")
    private DataSource database;

    public Proposal get(long id) {
        Proposal p = em.find(Proposal.class, id);
        if (p == null) {
            throw new UnknownEntityException("Proposal", id);
        }
        return p;
    }

    public Optional<Proposal> of(long tenderId, long manufacturerId) {
        return em.createQuery("select p from Proposal p where p.tenderId = :tender and p.manufacturerId = :maker",
                        Proposal.class)
                .setParameter("tender", tenderId).setParameter("maker", manufacturerId)
                .getResultStream().findFirst();
    }

    public void add(Proposal proposal) {
        em.persist(proposal);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** Reads the proposal again, after a lock was taken, so that its version is the committed one. */
    public void refresh(Proposal proposal) {
        em.refresh(proposal);
    }

    /**
     * Streams the bytes into their own row, then stores the document that describes them with
     * their hash (the document names its content, so the content row comes first).
     */
    public void add(ProposalDocument document, DocumentUpload content) {
        em.persist(document);
        try (Connection c = database.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into proposal_document_content (document_id, content) values (?, ?)")) {
            insert.setLong(1, document.getId());
            insert.setBinaryStream(2, content.content(), content.length());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Could not store the document's content", e);
        }
        document.stored(content);
        em.flush();
    }

    public void add(ProposalSubmission submission) {
        em.persist(submission);
        em.flush();
    }

    public ProposalSubmission submission(long id) {
        return em.find(ProposalSubmission.class, id);
    }

    /** The documents the authors currently have attached, oldest first. */
    public List<ProposalDocument> attached(long proposalId) {
        return em.createQuery("select d from ProposalDocument d where d.proposalId = :p and d.detached = false "
                + "order by d.id", ProposalDocument.class).setParameter("p", proposalId).getResultList();
    }

    public List<ProposalDocument> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from ProposalDocument d where d.id in :ids order by d.id",
                ProposalDocument.class).setParameter("ids", ids).getResultList();
    }

    public ProposalDocument document(long proposalId, long documentId) {
        ProposalDocument d = em.find(ProposalDocument.class, documentId);
        if (d == null || d.getProposalId() != proposalId) {
            throw new UnknownEntityException("Document", documentId);
        }
        return d;
    }

    /** Writes a document's bytes to the stream as the database returns them. */
    public void copyContent(long documentId, OutputStream out) throws IOException {
        try (Connection c = database.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "select content from proposal_document_content where document_id = ?")) {
            select.setLong(1, documentId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new UnknownEntityException("Document", documentId);
                }
                try (InputStream bytes = row.getBinaryStream(1)) {
                    bytes.transferTo(out);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the document's content", e);
        }
    }

    /** The SHA-256 of a document's bytes as stored now. */
    public String contentSha256(long documentId) {
        Sha256.Stream hashed = new Sha256.Stream();
        try {
            copyContent(documentId, hashed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashed.hex();
    }

    public Optional<ProposalSubmission> submission(long proposalId, int versionNo) {
        return em.createQuery("select s from ProposalSubmission s where s.proposalId = :p and s.versionNo = :v",
                        ProposalSubmission.class)
                .setParameter("p", proposalId).setParameter("v", versionNo).getResultStream().findFirst();
    }

    public List<ProposalSubmission> submissions(long proposalId) {
        return em.createQuery("select s from ProposalSubmission s where s.proposalId = :p order by s.versionNo",
                ProposalSubmission.class).setParameter("p", proposalId).getResultList();
    }

    /** A manufacturer's own proposals, most recently changed first. */
    public Page<Listed> ofManufacturer(long manufacturerId, PageRequest request) {
        return listed("p.manufacturerId = :key", manufacturerId, "p.updatedAt desc, p.id desc", request);
    }

    /** The proposals of a tender that were submitted and not withdrawn, in the order they were made. */
    public Page<Listed> submitted(long tenderId, PageRequest request) {
        return listed("p.tenderId = :key and " + COUNTS, tenderId, "p.id", request);
    }

    /** All proposals of a tender in the given states, with manufacturer and counting submission (a few dozen). */
    public List<Listed> inStates(long tenderId, Collection<ProposalStatus> states) {
        List<Object[]> rows = em.createQuery("select p, t, m from Proposal p, Tender t, Manufacturer m "
                        + "where t.id = p.tenderId and m.id = p.manufacturerId and p.tenderId = :t "
                        + "and p.status in :states order by p.id", Object[].class)
                .setParameter("t", tenderId).setParameter("states", states).getResultList();
        return withCounted(rows);
    }

    public long countSubmitted(long tenderId) {
        return em.createQuery("select count(p) from Proposal p where p.tenderId = :t and " + COUNTS, Long.class)
                .setParameter("t", tenderId).getSingleResult();
    }

    /** The hashes of the submissions that count, in hash order so that the list reveals no bidder. */
    public List<String> openingReceipts(long tenderId) {
        return em.createQuery("select s.sha256 from ProposalSubmission s, Proposal p where s.proposalId = p.id "
                        + "and s.versionNo = p.submittedVersion and p.tenderId = :t and " + COUNTS
                        + " order by s.sha256", String.class)
                .setParameter("t", tenderId).getResultList();
    }

    private Page<Listed> listed(String where, long key, String order, PageRequest request) {
        List<Object[]> rows = em.createQuery("select p, t, m from Proposal p, Tender t, Manufacturer m "
                        + "where t.id = p.tenderId and m.id = p.manufacturerId and " + where + " order by " + order,
                        Object[].class)
                .setParameter("key", key).setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultList();
        long total = em.createQuery("select count(p) from Proposal p where " + where, Long.class)
                .setParameter("key", key).getSingleResult();
        return new Page<>(withCounted(rows), request.page(), request.size(), total);
    }

    /** Rows of (proposal, tender, manufacturer) with the submission that counts, read in one more query. */
    private List<Listed> withCounted(List<Object[]> rows) {
        Map<Long, ProposalSubmission> counted = counted(rows.stream().map(r -> (Proposal) r[0]).toList());
        return rows.stream().map(r -> new Listed((Proposal) r[0], (Tender) r[1], (Manufacturer) r[2],
                counted.get(((Proposal) r[0]).getId()))).toList();
    }

    private Map<Long, ProposalSubmission> counted(List<Proposal> proposals) {
        List<Long> ids = proposals.stream().filter(p -> p.getSubmittedVersion() > 0).map(Proposal::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> versions = proposals.stream()
                .collect(Collectors.toMap(Proposal::getId, Proposal::getSubmittedVersion));
        return em.createQuery("select s from ProposalSubmission s where s.proposalId in :ids", ProposalSubmission.class)
                .setParameter("ids", ids).getResultStream()
                .filter(s -> s.getVersionNo() == versions.get(s.getProposalId()))
                .collect(Collectors.toMap(ProposalSubmission::getProposalId, Function.identity()));
    }
}
