-- What each fund committed, released and paid for its orders, and each member country's part of it
-- by the orders' shares, kept with every entry under the fund's lock: a fund's balance with its
-- members' parts reads a few rows however many orders and entries the fund has.
alter table fund_total add column order_committed numeric(15,2) default 0 not null;
alter table fund_total add column order_released numeric(15,2) default 0 not null;
alter table fund_total add column order_paid numeric(15,2) default 0 not null;
alter table fund_member_total add column order_committed numeric(30,10) default 0 not null;
alter table fund_member_total add column order_released numeric(30,10) default 0 not null;
alter table fund_member_total add column order_paid numeric(30,10) default 0 not null;

create table order_entry_kept as
select o.fund_id, o.id as order_id, e.entry_type, e.amount
from purchase_order o join ledger_entry e on e.fund_id = o.fund_id
     and e.reference = concat('ORDER-', cast(o.id as varchar(20)))
where e.entry_type in ('COMMITMENT', 'RELEASE', 'PAYMENT');

update fund_total set
    order_committed = coalesce((select sum(k.amount) from order_entry_kept k
                                where k.fund_id = fund_total.fund_id and k.entry_type = 'COMMITMENT'), 0),
    order_released = coalesce((select sum(k.amount) from order_entry_kept k
                               where k.fund_id = fund_total.fund_id and k.entry_type = 'RELEASE'), 0),
    order_paid = coalesce((select sum(k.amount) from order_entry_kept k
                           where k.fund_id = fund_total.fund_id and k.entry_type = 'PAYMENT'), 0);

insert into fund_member_total (fund_id, member_code, pledged, received)
select distinct k.fund_id, s.member_code, 0, 0
from order_entry_kept k join order_share s on s.order_id = k.order_id
where not exists (select 1 from fund_member_total t where t.fund_id = k.fund_id and t.member_code = s.member_code);

update fund_member_total set
    order_committed = coalesce((select sum(k.amount * s.share) from order_entry_kept k
                                join order_share s on s.order_id = k.order_id
                                where k.fund_id = fund_member_total.fund_id and s.member_code = fund_member_total.member_code
                                  and k.entry_type = 'COMMITMENT'), 0),
    order_released = coalesce((select sum(k.amount * s.share) from order_entry_kept k
                               join order_share s on s.order_id = k.order_id
                               where k.fund_id = fund_member_total.fund_id and s.member_code = fund_member_total.member_code
                                 and k.entry_type = 'RELEASE'), 0),
    order_paid = coalesce((select sum(k.amount * s.share) from order_entry_kept k
                           join order_share s on s.order_id = k.order_id
                           where k.fund_id = fund_member_total.fund_id and s.member_code = fund_member_total.member_code
                             and k.entry_type = 'PAYMENT'), 0);

drop table order_entry_kept;
