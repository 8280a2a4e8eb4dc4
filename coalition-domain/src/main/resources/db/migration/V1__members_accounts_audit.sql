-- Member countries, user accounts and the audit trail.
-- Portable between H2 and PostgreSQL: sequences for ids, plain types. EclipseLink reads a
-- sequence value as the last id of a block of 50, so sequences start at 50.

create sequence member_country_seq start with 50 increment by 50;
create sequence user_account_seq start with 50 increment by 50;
create sequence audit_event_seq start with 50 increment by 50;

create table member_country (
    id            bigint       not null primary key,
    code          varchar(2)     not null,
    name          varchar(100) not null,
    joined_on     date         not null,
    member_role   varchar(20)  not null,
    status        varchar(20)  not null,
    mou_signed_on date,
    version       bigint       not null,
    constraint member_country_code_uk unique (code),
    constraint member_country_role_ck check (member_role in ('INITIATOR', 'CO_LEAD', 'MEMBER')),
    constraint member_country_status_ck check (status in ('MEMBER', 'WITHDRAWN'))
);
create index member_country_status_ix on member_country (status, code);
create index member_country_joined_ix on member_country (status, joined_on);

create table user_account (
    id            bigint       not null primary key,
    username      varchar(60)  not null,
    display_name  varchar(120) not null,
    password_hash varchar(300) not null,
    user_role     varchar(20)  not null,
    member_code   varchar(2),
    version       bigint       not null,
    constraint user_account_username_uk unique (username),
    constraint user_account_member_fk foreign key (member_code) references member_country (code),
    constraint user_account_role_ck check (user_role in ('CSO_ADMIN', 'MEMBER_REP', 'TEST_OFFICER', 'MANUFACTURER'))
);

create table audit_event (
    id             bigint        not null primary key,
    occurred_at    timestamp with time zone not null,
    actor          varchar(60)   not null,
    aggregate_type varchar(40)   not null,
    aggregate_id   varchar(60)   not null,
    action         varchar(40)   not null,
    detail         varchar(2000)
);
create index audit_event_time_ix on audit_event (occurred_at, id);
create index audit_event_aggregate_ix on audit_event (aggregate_type, aggregate_id, occurred_at);
