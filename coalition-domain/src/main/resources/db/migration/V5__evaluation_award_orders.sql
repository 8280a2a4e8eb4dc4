-- Evaluation of opened proposals, the award decision with the member countries' votes, and the
-- orders an award places.

alter table proposal drop constraint proposal_status_ck;
alter table proposal add constraint proposal_status_ck check (status in
    ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'OPENED', 'COMPLIANT', 'NON_COMPLIANT', 'AWARDED', 'NOT_AWARDED'));
alter table proposal add column compliance_reason varchar(1000);

create sequence score_seq start with 50 increment by 50;
create sequence award_decision_seq start with 50 increment by 50;
create sequence purchase_order_seq start with 50 increment by 50;

-- One country's score of one criterion of one proposal; the price criterion is never scored by hand.
create table score (
    id          bigint        not null primary key,
    proposal_id bigint        not null,
    member_code varchar(2)    not null,
    criterion   varchar(120)  not null,
    points      integer       not null,
    comment     varchar(2000),
    scored_by   varchar(60)   not null,
    scored_at   timestamp with time zone not null,
    version     bigint        not null,
    constraint score_uk unique (proposal_id, member_code, criterion),
    constraint score_proposal_fk foreign key (proposal_id) references proposal (id),
    constraint score_member_fk foreign key (member_code) references member_country (code),
    constraint score_points_ck check (points between 0 and 10)
);

create table award_decision (
    id          bigint      not null primary key,
    tender_id   bigint      not null,
    status      varchar(20) not null,
    proposed_by varchar(60) not null,
    proposed_at timestamp with time zone not null,
    closed_at   timestamp with time zone,
    version     bigint      not null,
    constraint award_decision_tender_fk foreign key (tender_id) references tender (id),
    constraint award_decision_status_ck check (status in ('OPEN', 'PASSED', 'FAILED'))
);
create index award_decision_tender_ix on award_decision (tender_id, status, id);

create table award_line (
    decision_id    bigint        not null,
    position       integer       not null,
    proposal_id    bigint        not null,
    quantity       integer       not null,
    pilot_quantity integer       not null,
    unit_price     numeric(15,2) not null,
    constraint award_line_pk primary key (decision_id, position),
    constraint award_line_decision_fk foreign key (decision_id) references award_decision (id),
    constraint award_line_proposal_fk foreign key (proposal_id) references proposal (id),
    constraint award_line_quantity_ck check (quantity > 0 and pilot_quantity > 0 and pilot_quantity <= quantity)
);

create table award_vote (
    decision_id bigint      not null,
    member_code varchar(2)  not null,
    vote        varchar(10) not null,
    voted_by    varchar(60) not null,
    voted_at    timestamp with time zone not null,
    constraint award_vote_pk primary key (decision_id, member_code),
    constraint award_vote_decision_fk foreign key (decision_id) references award_decision (id),
    constraint award_vote_member_fk foreign key (member_code) references member_country (code),
    constraint award_vote_ck check (vote in ('APPROVE', 'REJECT', 'ABSTAIN'))
);

-- "order" is a reserved word; the aggregate is Order, its table purchase_order.
create table purchase_order (
    id              bigint        not null primary key,
    tender_id       bigint        not null,
    proposal_id     bigint        not null,
    manufacturer_id bigint        not null,
    fund_id         bigint        not null,
    kind            varchar(20)   not null,
    quantity        integer       not null,
    unit_price      numeric(15,2) not null,
    status          varchar(30)   not null,
    status_reason   varchar(1000),
    placed_by       varchar(60)   not null,
    placed_at       timestamp with time zone not null,
    version         bigint        not null,
    constraint purchase_order_tender_fk foreign key (tender_id) references tender (id),
    constraint purchase_order_proposal_fk foreign key (proposal_id) references proposal (id),
    constraint purchase_order_manufacturer_fk foreign key (manufacturer_id) references manufacturer (id),
    constraint purchase_order_fund_fk foreign key (fund_id) references fund (id),
    constraint purchase_order_kind_ck check (kind in ('PILOT', 'SCALE_UP')),
    constraint purchase_order_status_ck check (status in
        ('PLACED', 'IN_PRODUCTION', 'PARTIALLY_DELIVERED', 'DELIVERED', 'CLOSED', 'CANCELLED')),
    constraint purchase_order_quantity_ck check (quantity > 0)
);
create index purchase_order_tender_ix on purchase_order (tender_id, manufacturer_id, kind);
create index purchase_order_manufacturer_ix on purchase_order (manufacturer_id, placed_at, id);
create index purchase_order_status_ix on purchase_order (status, placed_at, id);
create index purchase_order_placed_ix on purchase_order (placed_at, id);
