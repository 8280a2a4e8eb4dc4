-- Payments against an order: each draws on the order's commitment through a ledger entry.
create sequence order_payment_seq start with 50 increment by 50;
create table order_payment (
    id                bigint         not null primary key,
    order_id          bigint         not null,
    ledger_entry_id   bigint         not null,
    amount            numeric(15, 2) not null,
    paid_on           date           not null,
    invoice_reference varchar(80)    not null,
    recorded_by       varchar(60)    not null,
    recorded_at       timestamp with time zone not null,
    constraint order_payment_order_fk foreign key (order_id) references purchase_order (id),
    constraint order_payment_entry_fk foreign key (ledger_entry_id) references ledger_entry (id)
);
create index order_payment_order_ix on order_payment (order_id, paid_on, id);

-- The orders of a fund, whose ledger entries are attributed to member countries by their shares.
create index purchase_order_fund_ix on purchase_order (fund_id, id);

-- What a fund aims to raise (the seed: EUR 50 million for the joint procurement fund).
alter table fund add column target_amount numeric(15, 2);

-- Why an award proposal departs from the ranking; representatives read it before they vote.
alter table award_decision add column deviation_reason varchar(1000);
