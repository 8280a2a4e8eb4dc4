package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dronecoalition.client.ApiClient;
import org.dronecoalition.client.api.AwardApi;
import org.dronecoalition.client.api.ClockApi;
import org.dronecoalition.client.api.ContributionsApi;
import org.dronecoalition.client.api.DeliveriesApi;
import org.dronecoalition.client.api.EvaluationApi;
import org.dronecoalition.client.api.FundsApi;
import org.dronecoalition.client.api.ManufacturersApi;
import org.dronecoalition.client.api.MembersApi;
import org.dronecoalition.client.api.OrdersApi;
import org.dronecoalition.client.api.ProposalsApi;
import org.dronecoalition.client.api.TendersApi;
import org.dronecoalition.client.model.AwardDecision;
import org.dronecoalition.client.model.AwardProposal;
import org.dronecoalition.client.model.AwardProposalLine;
import org.dronecoalition.client.model.Ballot;
import org.dronecoalition.client.model.ClockShift;
import org.dronecoalition.client.model.Compliance;
import org.dronecoalition.client.model.Contribution;
import org.dronecoalition.client.model.Criterion;
import org.dronecoalition.client.model.DecisionStatus;
import org.dronecoalition.client.model.Delivery;
import org.dronecoalition.client.model.DeliveryReceipt;
import org.dronecoalition.client.model.DeliverySource;
import org.dronecoalition.client.model.DeliveryStatus;
import org.dronecoalition.client.model.DroneCategory;
import org.dronecoalition.client.model.EntryType;
import org.dronecoalition.client.model.EwResistance;
import org.dronecoalition.client.model.Fund;
import org.dronecoalition.client.model.FundDescription;
import org.dronecoalition.client.model.LedgerEntry;
import org.dronecoalition.client.model.Manufacturer;
import org.dronecoalition.client.model.ManufacturerDecision;
import org.dronecoalition.client.model.ManufacturerStatus;
import org.dronecoalition.client.model.MembershipStatus;
import org.dronecoalition.client.model.NewManufacturer;
import org.dronecoalition.client.model.NewPledge;
import org.dronecoalition.client.model.Offer;
import org.dronecoalition.client.model.Order;
import org.dronecoalition.client.model.OrderKind;
import org.dronecoalition.client.model.OrderStep;
import org.dronecoalition.client.model.Proposal;
import org.dronecoalition.client.model.ProposalAction;
import org.dronecoalition.client.model.Receipt;
import org.dronecoalition.client.model.ScoreLine;
import org.dronecoalition.client.model.ScoreSheet;
import org.dronecoalition.client.model.Shipment;
import org.dronecoalition.client.model.SubmissionReceipt;
import org.dronecoalition.client.model.Tender;
import org.dronecoalition.client.model.TenderDecision;
import org.dronecoalition.client.model.TenderDraft;
import org.dronecoalition.client.model.TenderStatus;
import org.dronecoalition.client.model.TestFindings;
import org.dronecoalition.client.model.Verdict;
import org.dronecoalition.client.model.Vote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The main pipeline through the Java client that the build generates from the API document,
 * and through nothing else: typed enums, dates and money, no hand-written JSON. If the document
 * mistypes a payload, this does not compile or does not read the answer.
 */
class ClientPipelineIT extends DeployedPlatform {

    private static final String SECRET = "a-long-enough-secret";

    @AfterEach
    void realTime() throws Exception {
        new ClockApi(client("cso", Api.PASSWORD)).shiftServerTime(new ClockShift().offsetMillis(0L));
    }

    @Test
    void fromRegistrationToDronesAcceptedInUkraine() throws Exception {
        ApiClient cso = client("cso", Api.PASSWORD);
        String unique = Tendering.unique();

        String maker = "maker-" + unique.toLowerCase();
        Manufacturer registered = new ManufacturersApi(client(null, null)).registerManufacturer(new NewManufacturer()
                .legalName("Client Drones " + unique).country("UA").registrationNumber("C-" + unique)
                .contactName("Contact").contactEmail(maker + "@example.org")
                .categories(List.of(DroneCategory.INTERCEPTOR)).monthlyCapacity(500).username(maker).password(SECRET));
        Manufacturer verified = new ManufacturersApi(cso).verifyManufacturer(registered.getId(),
                new ManufacturerDecision().version(registered.getVersion()));
        assertThat(verified.getStatus(), is(ManufacturerStatus.VERIFIED));

        Fund fund = new FundsApi(cso).createFund(new FundDescription().name("Client fund " + unique)
                .purpose("Generated-client pipeline"));
        ContributionsApi contributions = new ContributionsApi(cso);
        Contribution pledge = contributions.pledge(new NewPledge().fundId(fund.getId()).memberCode("LV")
                .amount(new BigDecimal("200000.00")), "pledge-" + unique);
        Contribution paid = contributions.recordReceipt(pledge.getId(), new Receipt().amount(
                new BigDecimal("200000.00")), "receipt-" + unique);
        assertThat(paid.getReceived(), is(new BigDecimal("200000.00")));

        String ref = "CL-" + unique;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TendersApi tenders = new TendersApi(cso);
        Tender draft = tenders.draftTender(new TenderDraft().reference(ref).title("Interceptors " + ref)
                .category(DroneCategory.INTERCEPTOR).description("Interceptor drones").requirements("Thermal camera")
                .quantity(500).budgetCeiling(new BigDecimal("2000000.00")).fundId(fund.getId())
                .eligibleCountries(List.of("UA", "LV"))
                .criteria(List.of(new Criterion().name("Price").weight(40).price(true),
                        new Criterion().name("Performance").weight(60)))
                .clarificationDeadline(now.plusMinutes(30)).submissionDeadline(now.plusHours(2))
                .timeZone("Europe/Kyiv"));
        Tender published = tenders.publishTender(ref, new TenderDecision().version(draft.getVersion()));
        assertThat(published.getStatus(), is(TenderStatus.PUBLISHED));

        ApiClient makerClient = client(maker, SECRET);
        Proposal proposal = new TendersApi(makerClient).draftProposal(ref, new Offer().unitPrice(
                new BigDecimal("2500.00")).quantity(500).monthlyCapacity(100).leadTimeDays(30)
                .technicalData("Top speed 280 km/h"));
        ProposalsApi proposals = new ProposalsApi(makerClient);
        File datasheet = Files.createTempFile("datasheet", ".pdf").toFile();
        Files.writeString(datasheet.toPath(), "%PDF-1.4\n% datasheet\n%%EOF\n", StandardCharsets.US_ASCII);
        proposals.attachDocument(proposal.getId(), "datasheet.pdf", datasheet);
        long version = proposals.getProposal(proposal.getId()).getVersion();
        String submission = "pipeline-submission-" + proposal.getId();
        SubmissionReceipt receipt = proposals.submitProposal(proposal.getId(), new ProposalAction().version(version),
                submission);
        assertThat("a retry returns the first receipt", proposals.submitProposal(proposal.getId(),
                new ProposalAction().version(version), submission).getSha256(), is(receipt.getSha256()));
        assertThat(proposals.listReceipts(proposal.getId()).stream().map(SubmissionReceipt::getSha256).toList(),
                hasItem(receipt.getSha256()));

        Tender opened = openAfterDeadline(cso, ref, published.getSubmissionDeadline().toInstant());
        assertThat(opened.getOpeningReceipts(), hasItem(receipt.getSha256()));

        EvaluationApi evaluation = new EvaluationApi(cso);
        evaluation.judgeCompliance(ref, proposal.getId(), new Compliance().compliant(true)
                .version(new ProposalsApi(cso).getProposal(proposal.getId()).getVersion()));
        new EvaluationApi(client("rep-lv", Api.PASSWORD)).scoreProposal(ref, proposal.getId(), new ScoreSheet()
                .scores(List.of(new ScoreLine().criterion("Performance").points(8).comment("Datasheet checked"))));

        new AwardApi(cso).proposeAward(ref, new AwardProposal().lines(List.of(
                new AwardProposalLine().proposalId(proposal.getId()).quantity(500).pilotQuantity(40))));
        long members = new MembersApi(client(null, null)).listMembers(MembershipStatus.MEMBER, null, 0, 1)
                .getTotal();
        for (String country : Awarding.DEMO_MEMBERS.subList(0, (int) (members / 2 + 1))) {
            new AwardApi(client("rep-" + country, Api.PASSWORD)).voteOnAward(ref, new Ballot().vote(Vote.APPROVE));
        }
        AwardDecision award = new AwardApi(cso).closeAward(ref);
        assertThat(award.getStatus(), is(DecisionStatus.PASSED));
        assertThat(award.getOrdersPlaced(), hasSize(1));
        Order pilot = award.getOrdersPlaced().get(0);
        assertThat(pilot.getKind(), is(OrderKind.PILOT));
        assertThat(pilot.getValue(), is(new BigDecimal("100000.00")));

        new OrdersApi(client("tester", Api.PASSWORD)).recordTestReport(pilot.getId(), new TestFindings()
                .unitsTested(20).missionSuccessRate(new BigDecimal("85.5")).rangeKm(new BigDecimal("18.5"))
                .ewResistance(EwResistance.HIGH).notes("Night sorties").verdict(Verdict.PASSED));
        OrdersApi makerOrders = new OrdersApi(makerClient);
        makerOrders.startProduction(pilot.getId(), new OrderStep().version(makerOrders.getOrder(pilot.getId())
                .getVersion()));
        Delivery shipped = new DeliveriesApi(makerClient).recordShipment(new Shipment().source(DeliverySource.ORDER)
                .orderId(pilot.getId()).quantity(40).shippedOn(LocalDate.now(ZoneOffset.UTC))
                .destination("Logistics hub"));
        Delivery received = new DeliveriesApi(cso).receiveDelivery(shipped.getId(), new DeliveryReceipt()
                .accepted(40).rejected(0).version(shipped.getVersion()));
        assertThat(received.getStatus(), is(DeliveryStatus.RECEIVED));

        List<LedgerEntry> commitments = new FundsApi(client(null, null)).listLedger(fund.getId(),
                EntryType.COMMITMENT, null, null, null, 0, 20, null).getItems();
        assertThat(commitments.stream().map(LedgerEntry::getAmount).toList(), hasItem(new BigDecimal("100000.00")));
        assertThat(new FundsApi(client(null, null)).getFundBalance(fund.getId()).getAvailable(),
                is(new BigDecimal("100000.00")));
    }

    /** Moves the server clock past the deadline, which opens the proposals before it answers. */
    private static Tender openAfterDeadline(ApiClient cso, String ref, Instant deadline) throws Exception {
        new ClockApi(cso).shiftServerTime(new ClockShift().offsetMillis(
                Duration.between(Instant.now(), deadline.plusSeconds(1)).toMillis()));
        Tender tender = new TendersApi(client(null, null)).getTender(ref);
        assertThat("opened by the shift past the deadline", tender.getOpenedAt(), notNullValue());
        return tender;
    }

    /** A client of the test server, signed in with HTTP Basic, or anonymous without a user. */
    private static ApiClient client(String user, String password) {
        ApiClient client = new ApiClient().setBasePath(Api.BASE_URL);
        return user == null ? client : client.setUsername(user).setPassword(password);
    }
}
