-- Fills a database that already holds the demo data with a coalition at scale, as consistent as
-- the application keeps it. For a scale S (a multiple of 1,000; bench/run puts it in for ${scale}):
--   S receipts on a benchmark fund, each of a pledge received in full;
--   S/500 verified manufacturers (at least 100) and S/1,000 awarded tenders on that fund;
--   100 proposals a tender (S/10), each submitted once with its receipt and sealed audit event;
--   an award decision a tender, approved by every member, whose 50 lines became 50 orders (S/20),
--   each committed and paid, shared among the members, and delivered in full in 10 deliveries;
--   the other deliveries (S/2) donated in kind; S deliveries in all, all received in Ukraine;
--   the audit events that go with them.
-- Ids start at 1,000,000,000, far above what the application's sequences hand out, so both can
-- grow side by side. The same text runs on PostgreSQL (psql) and H2 (RunScript); each needs a
-- function sha256_hex(varchar), which bench/run defines first in the database's own way.
-- Not generated: evaluation scores (20 members x 2 criteria x 100,000 proposals) and test reports.

insert into fund (id, name, currency, purpose, governing_document, target_amount, version)
values (1000000000, 'Benchmark fund', 'EUR', 'Bulk-loaded figures for the benchmark', null, null, 1);

create table bench_member as
select code, row_number() over (order by code) - 1 as n, count(*) over () as members
from member_country where status = 'MEMBER';
-- The helper tables are joined by their numbers: indexed, so that H2 (which joins by nested loops)
-- looks them up instead of scanning them for every row.
create index bench_member_n on bench_member (n);

-- Money: S pledges of EUR 1,000, each received.
insert into contribution (id, fund_id, member_code, pledged, received, pledged_on, version)
select 1000000000 + g.x, 1000000000, m.code, 1000.00, 1000.00, date '2024-03-01' + (g.x % 600), 2
from generate_series(1, ${scale}) as g(x) join bench_member m on m.n = g.x % (select count(*) from bench_member);

-- Each entry at its own second, as the application's clock gives each its own instant: a deep
-- page's cursor then seeks straight to its entry instead of passing over a day's entries.
insert into ledger_entry (id, fund_id, entry_type, amount, member_code, contribution_id, reference, corrects_id,
                          recorded_at, recorded_by)
select c.id, 1000000000, 'CONTRIBUTION_RECEIVED', c.received, c.member_code, c.id, 'contribution-' || c.id, null,
       c.pledged_on + time '08:00' + (c.id - 1000000000) / 600 * interval '1' second, 'cso'
from contribution c where c.fund_id = 1000000000;

insert into audit_event (id, occurred_at, actor, aggregate_type, aggregate_id, action, detail, sealed_tender_id)
select 1000000000 + g.x, date '2024-03-01' + (g.x % 600) + time '12:00', 'cso', 'Contribution',
       cast(1000000000 + g.x as varchar(60)), 'RECEIVED', 'EUR 1,000.00', null
from generate_series(1, ${scale}) as g(x);

-- Manufacturers, verified.
insert into manufacturer (id, legal_name, country_code, registration_number, contact_name, contact_email, categories,
                          monthly_capacity, status, status_reason, registered_at, version)
select 1000000000 + g.x, 'Benchmark Manufacturer ' || g.x, 'UA', 'BENCH-' || g.x, 'Contact',
       'maker' || g.x || '@example.org', 'ADVANCED_FPV,INTERCEPTOR,RECONNAISSANCE,STRIKE_FPV', 1000, 'VERIFIED',
       null, date '2024-01-01' + time '09:00', 2
from generate_series(1, greatest(100, ${scale} / 500)) as g(x);

insert into audit_event (id, occurred_at, actor, aggregate_type, aggregate_id, action, detail, sealed_tender_id)
select 3000000000 + m.id - 1000000000, m.registered_at, 'cso', 'Manufacturer', cast(m.id as varchar(60)),
       'VERIFIED', null, null
from manufacturer m where m.id > 1000000000;

-- Tenders, past their deadline and awarded; two criteria each.
create table bench_tender as
select g.x as t, 1000000000 + g.x as id, 'BENCH-' || g.x as reference,
       (array['ADVANCED_FPV', 'STRIKE_FPV', 'INTERCEPTOR', 'RECONNAISSANCE'])[1 + g.x % 4] as category,
       date '2024-01-01' + (g.x % 300) as published_on
from generate_series(1, greatest(1, ${scale} / 1000)) as g(x);
create index bench_tender_id on bench_tender (id);

insert into tender (id, reference, title, category, description, requirements, quantity, budget_ceiling, fund_id,
                    eligible_countries, clarification_deadline, submission_deadline, time_zone, status,
                    status_reason, created_at, published_at, opened_at, version)
select t.id, t.reference, 'Benchmark tender ' || t.t, t.category, 'Bulk-loaded tender', 'Bulk-loaded requirements',
       1000, 1000000.00, 1000000000, 'UA', t.published_on + 20 + time '12:00', t.published_on + 30 + time '12:00',
       'Europe/Kyiv', 'AWARDED', null, t.published_on + time '09:00', t.published_on + time '12:00',
       t.published_on + 30 + time '12:00', 5
from bench_tender t;

insert into tender_criterion (tender_id, position, name, weight, price)
select t.id, c.position, c.name, c.weight, c.price
from bench_tender t cross join (select 0 as position, 'Price' as name, 40 as weight, true as price
                                union all select 1, 'Performance', 60, false) c;

insert into audit_event (id, occurred_at, actor, aggregate_type, aggregate_id, action, detail, sealed_tender_id)
select 5000000000 + t.t, t.published_on + 60 + time '12:00', 'cso', 'Tender', t.reference, 'AWARDED', null, null
from bench_tender t;

-- 100 proposals a tender from 100 different manufacturers; the first 50 awarded.
create table bench_proposal as
select (t.t - 1) * 100 + k.x + 1 as p, 1000000000 + (t.t - 1) * 100 + k.x + 1 as id, t.id as tender_id,
       t.reference, t.category, t.published_on, k.x as rank_in_tender,
       1000000000 + ((t.t - 1) * 37 + k.x) % greatest(100, ${scale} / 500) + 1 as manufacturer_id
from bench_tender t cross join generate_series(0, 99) as k(x);
create index bench_proposal_id on bench_proposal (id);

insert into proposal (id, tender_id, manufacturer_id, status, unit_price, quantity, monthly_capacity, lead_time_days,
                      technical_data, created_at, updated_at, submitted_version, version)
select p.id, p.tender_id, p.manufacturer_id, case when p.rank_in_tender < 50 then 'AWARDED' else 'NOT_AWARDED' end,
       500.00, 20, 100, 30, 'Bulk-loaded offer', p.published_on + 2 + time '12:00',
       p.published_on + 25 + time '12:00', 1, 4
from bench_proposal p;

insert into proposal_submission (id, proposal_id, version_no, submitted_at, submitted_by, unit_price, quantity,
                                 monthly_capacity, lead_time_days, technical_data, canonical, sha256)
select p.id, p.id, 1, p.published_on + 25 + time '12:00', 'maker', 500.00, 20, 100, 30, 'Bulk-loaded offer',
       p.canonical, sha256_hex(p.canonical)
from (select b.*, 'Drone Coalition Platform proposal submission' || chr(10) || 'tender: ' || b.reference || chr(10)
             || 'proposal: ' || b.id || chr(10) || 'manufacturer: ' || b.manufacturer_id || chr(10) || 'version: 1'
             || chr(10) || 'submittedAt: ' || cast(b.published_on + 25 as varchar(10)) || 'T12:00:00Z' || chr(10)
             || 'unitPrice: EUR 500.00' || chr(10) || 'quantity: 20' || chr(10) || 'monthlyCapacity: 100' || chr(10)
             || 'leadTimeDays: 30' || chr(10) || 'technicalData: Bulk-loaded offer' || chr(10) as canonical
      from bench_proposal b) p;

insert into audit_event (id, occurred_at, actor, aggregate_type, aggregate_id, action, detail, sealed_tender_id)
select 4000000000 + p.p, s.submitted_at, 'maker', 'Proposal', cast(p.id as varchar(60)), 'SUBMITTED',
       'version 1, SHA-256 ' || s.sha256, p.tender_id
from bench_proposal p join proposal_submission s on s.id = p.id;

-- The award: one decision a tender, passed by every member's vote; a line per awarded proposal.
insert into award_decision (id, tender_id, status, proposed_by, proposed_at, closed_at, version, deviation_reason)
select t.id, t.id, 'PASSED', 'cso', t.published_on + 40 + time '12:00', t.published_on + 45 + time '12:00', 2, null
from bench_tender t;

insert into award_vote (decision_id, member_code, vote, voted_by, voted_at)
select t.id, m.code, 'APPROVE', 'rep-' || lower(m.code), t.published_on + 42 + time '12:00'
from bench_tender t cross join bench_member m;

insert into award_line (decision_id, position, proposal_id, quantity, pilot_quantity, unit_price)
select p.tender_id, p.rank_in_tender, p.id, 20, 20, 500.00 from bench_proposal p where p.rank_in_tender < 50;

-- An order per awarded proposal: EUR 10,000 committed and paid, shared equally among the members
-- (the pledges are), 20 drones delivered in full.
create table bench_order as
select (t.t - 1) * 50 + p.rank_in_tender + 1 as o, 1000000000 + (t.t - 1) * 50 + p.rank_in_tender + 1 as id,
       p.id as proposal_id, p.tender_id, p.manufacturer_id, p.category, t.published_on + 50 as placed_on
from bench_proposal p join bench_tender t on t.id = p.tender_id where p.rank_in_tender < 50;
create index bench_order_o on bench_order (o);
create index bench_order_id on bench_order (id);

insert into purchase_order (id, tender_id, proposal_id, manufacturer_id, fund_id, kind, quantity, unit_price, status,
                            status_reason, placed_by, placed_at, version)
select o.id, o.tender_id, o.proposal_id, o.manufacturer_id, 1000000000, 'PILOT', 20, 500.00, 'DELIVERED', null, 'cso',
       o.placed_on + time '12:00', 4
from bench_order o;

insert into order_share (order_id, member_code, share)
select o.id, m.code, case when m.n = 0 then 1 - (m.members - 1) * trunc(1.0 / m.members, 8)
                          else trunc(1.0 / m.members, 8) end
from bench_order o cross join bench_member m;

insert into ledger_entry (id, fund_id, entry_type, amount, member_code, contribution_id, reference, corrects_id,
                          recorded_at, recorded_by)
select 3000000000 + o.o, 1000000000, 'COMMITMENT', 10000.00, cast(null as varchar(2)), cast(null as bigint),
       'ORDER-' || o.id, cast(null as bigint),
       o.placed_on + time '12:00' + o.o * interval '1' second, 'cso'
from bench_order o
union all
select 4000000000 + o.o, 1000000000, 'PAYMENT', 10000.00, null, null, 'ORDER-' || o.id, null,
       o.placed_on + 40 + time '12:00' + o.o * interval '1' second, 'cso'
from bench_order o;

insert into order_payment (id, order_id, ledger_entry_id, amount, paid_on, invoice_reference, recorded_by, recorded_at)
select 1000000000 + o.o, o.id, 4000000000 + o.o, 10000.00, o.placed_on + 40, 'INV-' || o.id, 'cso',
       o.placed_on + 40 + time '12:00'
from bench_order o;

insert into audit_event (id, occurred_at, actor, aggregate_type, aggregate_id, action, detail, sealed_tender_id)
select 6000000000 + o.o, o.placed_on + time '12:00', 'cso', 'Order', cast(o.id as varchar(60)), 'PLACED',
       'PILOT 20 at EUR 500.00', null
from bench_order o;

-- Deliveries: 10 of 2 drones per order, then the rest donated in kind; all received.
insert into delivery (id, source, order_id, member_code, category, quantity, shipped_on, destination, status,
                      accepted, rejected, recorded_by, received_on, version)
select 1000000001 + g.x, 'ORDER', o.id, null, o.category, 2, o.placed_on + 10 + 3 * cast(g.x / (select count(*) from bench_order) as integer),
       'Kyiv', 'RECEIVED', 2, 0, 'cso', o.placed_on + 14 + 3 * cast(g.x / (select count(*) from bench_order) as integer), 2
from generate_series(0, 10 * (select count(*) from bench_order) - 1) as g(x)
join bench_order o on o.o = g.x % (select count(*) from bench_order) + 1;

insert into delivery (id, source, order_id, member_code, category, quantity, shipped_on, destination, status,
                      accepted, rejected, recorded_by, received_on, version)
select 1000000001 + g.x, 'IN_KIND', null, m.code,
       (array['ADVANCED_FPV', 'STRIKE_FPV', 'INTERCEPTOR', 'RECONNAISSANCE'])[1 + g.x % 4],
       10 + g.x % 40, date '2024-03-01' + (g.x % 600), 'Kyiv', 'RECEIVED', 10 + g.x % 40, 0, 'cso',
       date '2024-03-05' + (g.x % 600), 2
from generate_series(cast(10 * (select count(*) from bench_order) as integer), ${scale} - 1) as g(x)
join bench_member m on m.n = g.x % (select count(*) from bench_member);

insert into audit_event (id, occurred_at, actor, aggregate_type, aggregate_id, action, detail, sealed_tender_id)
select 2000000000 + d.id - 1000000000, d.received_on + time '12:00', 'cso', 'Delivery', cast(d.id as varchar(60)),
       'RECEIVED', 'accepted in full', null
from delivery d where d.id > 1000000000;

-- The totals the application keeps as it writes.
-- (Every commitment and payment is for an order.)
insert into fund_total (fund_id, received, committed, released, paid, entries, order_committed, order_released,
                        order_paid)
select 1000000000, sum(case when entry_type = 'CONTRIBUTION_RECEIVED' then amount else 0 end),
       sum(case when entry_type = 'COMMITMENT' then amount else 0 end), 0,
       sum(case when entry_type = 'PAYMENT' then amount else 0 end), count(*),
       sum(case when entry_type = 'COMMITMENT' then amount else 0 end), 0,
       sum(case when entry_type = 'PAYMENT' then amount else 0 end)
from ledger_entry where fund_id = 1000000000;

insert into fund_member_total (fund_id, member_code, pledged, received, order_committed, order_released, order_paid)
select c.fund_id, c.member_code, sum(c.pledged), sum(c.received),
       (select sum(10000.00 * s.share) from order_share s join bench_order o on o.id = s.order_id
        where s.member_code = c.member_code), 0,
       (select sum(10000.00 * s.share) from order_share s join bench_order o on o.id = s.order_id
        where s.member_code = c.member_code)
from contribution c where c.fund_id = 1000000000
group by c.fund_id, c.member_code;

update figures_version set version = version + 1;

drop table bench_order;
drop table bench_proposal;
drop table bench_tender;
drop table bench_member;
