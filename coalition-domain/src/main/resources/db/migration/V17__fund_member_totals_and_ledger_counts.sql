-- Each member country's pledged and received money per fund, kept with every pledge and receipt under
-- the fund's lock, so that the members' parts of a fund (and of all funds) are a few rows to read
-- however many pledges and receipts there are.
create table fund_member_total (
    fund_id     bigint        not null,
    member_code varchar(2)    not null,
    pledged     numeric(15,2) not null,
    received    numeric(15,2) not null,
    constraint fund_member_total_pk primary key (fund_id, member_code),
    constraint fund_member_total_fund_fk foreign key (fund_id) references fund (id),
    constraint fund_member_total_member_fk foreign key (member_code) references member_country (code)
);
insert into fund_member_total (fund_id, member_code, pledged, received)
select fund_id, member_code, sum(pledged), sum(received) from contribution group by fund_id, member_code;

-- The number of entries of each fund's ledger, kept with its totals: the ledger's pages tell their
-- total without counting the ledger.
alter table fund_total add column entries bigint default 0 not null;
update fund_total set entries = (select count(*) from ledger_entry e where e.fund_id = fund_total.fund_id);

-- A fund's ledger filtered by kind of entry or by member country, read in time order from any key.
create index ledger_entry_type_time_ix on ledger_entry (fund_id, entry_type, recorded_at, id);
create index ledger_entry_member_time_ix on ledger_entry (fund_id, member_code, recorded_at, id);
