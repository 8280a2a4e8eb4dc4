-- Each fund's totals by kind of entry, kept with every ledger entry under the fund's lock, so that a
-- balance is one row however long the ledger grows.
create table fund_total (
    fund_id   bigint        not null primary key,
    received  numeric(15,2) not null,
    committed numeric(15,2) not null,
    released  numeric(15,2) not null,
    paid      numeric(15,2) not null,
    constraint fund_total_fund_fk foreign key (fund_id) references fund (id)
);
insert into fund_total (fund_id, received, committed, released, paid)
select f.id,
       coalesce((select sum(e.amount) from ledger_entry e where e.fund_id = f.id and e.entry_type = 'CONTRIBUTION_RECEIVED'), 0),
       coalesce((select sum(e.amount) from ledger_entry e where e.fund_id = f.id and e.entry_type = 'COMMITMENT'), 0),
       coalesce((select sum(e.amount) from ledger_entry e where e.fund_id = f.id and e.entry_type = 'RELEASE'), 0),
       coalesce((select sum(e.amount) from ledger_entry e where e.fund_id = f.id and e.entry_type = 'PAYMENT'), 0)
from fund f;
