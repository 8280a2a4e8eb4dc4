-- Funds, member contributions, the append-only ledger and idempotent requests.
-- Money is numeric(15,2): euros with two decimals, up to 999,999,999,999.99.

create sequence fund_seq start with 50 increment by 50;
create sequence contribution_seq start with 50 increment by 50;
create sequence ledger_entry_seq start with 50 increment by 50;

create table fund (
    id                 bigint        not null primary key,
    name               varchar(120)  not null,
    currency           varchar(3)    not null,
    purpose            varchar(2000),
    governing_document varchar(300),
    version            bigint        not null,
    constraint fund_name_uk unique (name),
    constraint fund_currency_ck check (currency = 'EUR')
);

create table contribution (
    id          bigint        not null primary key,
    fund_id     bigint        not null,
    member_code varchar(2)    not null,
    pledged     numeric(15,2) not null,
    received    numeric(15,2) not null,
    pledged_on  date          not null,
    version     bigint        not null,
    constraint contribution_fund_fk foreign key (fund_id) references fund (id),
    constraint contribution_member_fk foreign key (member_code) references member_country (code),
    constraint contribution_amounts_ck check (pledged > 0 and received >= 0 and received <= pledged)
);
create index contribution_member_ix on contribution (member_code, pledged_on, id);
create index contribution_fund_ix on contribution (fund_id, member_code);

create table ledger_entry (
    id              bigint        not null primary key,
    fund_id         bigint        not null,
    entry_type      varchar(30)   not null,
    amount          numeric(15,2) not null,
    member_code     varchar(2),
    contribution_id bigint,
    reference       varchar(80)   not null,
    corrects_id     bigint,
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(60)   not null,
    constraint ledger_entry_fund_fk foreign key (fund_id) references fund (id),
    constraint ledger_entry_member_fk foreign key (member_code) references member_country (code),
    constraint ledger_entry_contribution_fk foreign key (contribution_id) references contribution (id),
    constraint ledger_entry_corrects_fk foreign key (corrects_id) references ledger_entry (id),
    constraint ledger_entry_type_ck check (entry_type in ('CONTRIBUTION_RECEIVED', 'COMMITMENT', 'RELEASE', 'PAYMENT'))
);
create index ledger_entry_time_ix on ledger_entry (fund_id, recorded_at, id);
create index ledger_entry_type_ix on ledger_entry (fund_id, entry_type, amount);
create index ledger_entry_member_ix on ledger_entry (entry_type, member_code, fund_id, amount);
create index ledger_entry_reference_ix on ledger_entry (fund_id, reference, entry_type);

create table idempotent_request (
    request_key varchar(200) not null primary key,
    operation   varchar(60)  not null,
    result_id   bigint       not null,
    created_at  timestamp with time zone not null
);

-- Corrections are looked up by the entry they correct; the audit trail by aggregate id alone.
create index ledger_entry_corrects_ix on ledger_entry (corrects_id);
create index audit_event_aggregate_id_ix on audit_event (aggregate_id, occurred_at);
