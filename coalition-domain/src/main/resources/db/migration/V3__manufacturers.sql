-- Manufacturers that register with the coalition, and their users.

create sequence manufacturer_seq start with 50 increment by 50;

create table manufacturer (
    id                  bigint        not null primary key,
    legal_name          varchar(200)  not null,
    country_code        varchar(2)    not null,
    registration_number varchar(60)   not null,
    contact_name        varchar(120)  not null,
    contact_email       varchar(200)  not null,
    categories          varchar(200)  not null,
    monthly_capacity    integer       not null,
    status              varchar(30)   not null,
    status_reason       varchar(1000),
    registered_at       timestamp with time zone not null,
    version             bigint        not null,
    constraint manufacturer_registration_uk unique (country_code, registration_number),
    constraint manufacturer_status_ck check (status in ('PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
    constraint manufacturer_capacity_ck check (monthly_capacity > 0)
);
create index manufacturer_status_ix on manufacturer (status, registered_at, id);
create index manufacturer_queue_ix on manufacturer (registered_at, id);

alter table user_account add column manufacturer_id bigint;
alter table user_account add constraint user_account_manufacturer_fk
    foreign key (manufacturer_id) references manufacturer (id);
