-- Test reports on pilot orders, deliveries to Ukraine (from orders or donated in kind), and the
-- share of each member country in an order paid from a joint fund.

create sequence test_report_seq start with 50 increment by 50;
create sequence delivery_seq start with 50 increment by 50;

create table test_report (
    id                   bigint        not null primary key,
    order_id             bigint        not null,
    units_tested         integer       not null,
    mission_success_rate numeric(5,2)  not null,
    range_km             numeric(7,2),
    ew_resistance        varchar(20)   not null,
    notes                varchar(4000),
    verdict              varchar(20)   not null,
    recorded_by          varchar(60)   not null,
    recorded_at          timestamp with time zone not null,
    constraint test_report_order_fk foreign key (order_id) references purchase_order (id),
    constraint test_report_verdict_ck check (verdict in ('PASSED', 'CONDITIONAL', 'FAILED')),
    constraint test_report_rate_ck check (mission_success_rate between 0 and 100),
    constraint test_report_units_ck check (units_tested > 0)
);
create index test_report_order_ix on test_report (order_id, verdict, id);

create table delivery (
    id          bigint       not null primary key,
    source      varchar(10)  not null,
    order_id    bigint,
    member_code varchar(2),
    category    varchar(30)  not null,
    quantity    integer      not null,
    shipped_on  date         not null,
    destination varchar(200) not null,
    status      varchar(10)  not null,
    accepted    integer,
    rejected    integer,
    recorded_by varchar(60)  not null,
    received_on date,
    version     bigint       not null,
    constraint delivery_order_fk foreign key (order_id) references purchase_order (id),
    constraint delivery_member_fk foreign key (member_code) references member_country (code),
    constraint delivery_source_ck check (source = 'ORDER' and order_id is not null
        or source = 'IN_KIND' and member_code is not null),
    constraint delivery_status_ck check (status in ('SHIPPED', 'RECEIVED')),
    constraint delivery_quantity_ck check (quantity > 0)
);
create index delivery_order_ix on delivery (order_id, status);
create index delivery_shipped_ix on delivery (shipped_on, id);
create index delivery_member_ix on delivery (member_code, status);

create table order_share (
    order_id    bigint        not null,
    member_code varchar(2)    not null,
    share       numeric(9,8)  not null,
    constraint order_share_pk primary key (order_id, member_code),
    constraint order_share_order_fk foreign key (order_id) references purchase_order (id),
    constraint order_share_member_fk foreign key (member_code) references member_country (code)
);
create index order_share_member_ix on order_share (member_code, order_id);
