-- Fills a PostgreSQL database that already holds the demo data with a coalition at scale, as
-- consistent as the application keeps it: a benchmark fund whose every receipt belongs to a pledge
-- received in full, deliveries donated in kind and received (no order is over-delivered, as none
-- is involved), and the audit events that go with them. Ids start at 1,000,000,000, far above the
-- ids the application's sequences hand out, so both can grow side by side.
-- Run with: psql -v scale=1000000 -f bench/generate-postgres.sql
\set ON_ERROR_STOP on
begin;

insert into fund (id, name, currency, purpose, governing_document, target_amount, version)
values (1000000000, 'Benchmark fund', 'EUR', 'Bulk-loaded figures for the benchmark', null, null, 1);

insert into contribution (id, fund_id, member_code, pledged, received, pledged_on, version)
select 1000000000 + g.x, 1000000000, m.code, 1000.00, 1000.00, date '2024-03-01' + (g.x % 600), 2
from generate_series(1, :scale) as g(x)
join (select code, row_number() over (order by code) - 1 as n, count(*) over () as members
      from member_country where status = 'MEMBER') m on m.n = g.x % m.members;

insert into ledger_entry (id, fund_id, entry_type, amount, member_code, contribution_id, reference, corrects_id,
                          recorded_at, recorded_by)
select c.id, 1000000000, 'CONTRIBUTION_RECEIVED', c.received, c.member_code, c.id, 'contribution-' || c.id, null,
       c.pledged_on + time '12:00', 'cso'
from contribution c where c.fund_id = 1000000000;

insert into fund_total (fund_id, received, committed, released, paid, entries)
select 1000000000, sum(amount), 0, 0, 0, count(*) from ledger_entry where fund_id = 1000000000;

insert into fund_member_total (fund_id, member_code, pledged, received)
select fund_id, member_code, sum(pledged), sum(received) from contribution where fund_id = 1000000000
group by fund_id, member_code;

insert into delivery (id, source, order_id, member_code, category, quantity, shipped_on, destination, status,
                      accepted, rejected, recorded_by, received_on, version)
select 1000000000 + g.x, 'IN_KIND', null, m.code,
       (array['ADVANCED_FPV', 'STRIKE_FPV', 'INTERCEPTOR', 'RECONNAISSANCE'])[1 + g.x % 4],
       10 + g.x % 40, date '2024-03-01' + (g.x % 600), 'Kyiv', 'RECEIVED', 10 + g.x % 40, 0, 'cso',
       date '2024-03-05' + (g.x % 600), 2
from generate_series(1, :scale) as g(x)
join (select code, row_number() over (order by code) - 1 as n, count(*) over () as members
      from member_country where status = 'MEMBER') m on m.n = g.x % m.members;

insert into audit_event (id, occurred_at, actor, aggregate_type, aggregate_id, action, detail, sealed_tender_id)
select 1000000000 + g.x, date '2024-03-01' + (g.x % 600) + time '12:00', 'cso', 'Contribution',
       cast(1000000000 + g.x as varchar(60)), 'RECEIVED', 'EUR 1,000.00', null
from generate_series(1, :scale) as g(x);

insert into audit_event (id, occurred_at, actor, aggregate_type, aggregate_id, action, detail, sealed_tender_id)
select 2000000000 + g.x, date '2024-03-05' + (g.x % 600) + time '12:00', 'cso', 'Delivery',
       cast(1000000000 + g.x as varchar(60)), 'RECEIVED', 'accepted in full', null
from generate_series(1, :scale) as g(x);

commit;
vacuum analyze;
