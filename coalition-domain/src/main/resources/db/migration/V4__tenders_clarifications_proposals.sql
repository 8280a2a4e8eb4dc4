-- Tenders, clarification questions and sealed proposals with their documents and submissions.
-- Deadlines are instants (timestamp with time zone); time_zone only says how to show them.

create sequence tender_seq start with 50 increment by 50;
create sequence clarification_seq start with 50 increment by 50;
create sequence proposal_seq start with 50 increment by 50;
create sequence proposal_document_seq start with 50 increment by 50;
create sequence proposal_submission_seq start with 50 increment by 50;

create table tender (
    id                     bigint         not null primary key,
    reference              varchar(40)    not null,
    title                  varchar(200)   not null,
    category               varchar(30)    not null,
    description            varchar(20000) not null,
    requirements           varchar(20000) not null,
    quantity               integer        not null,
    budget_ceiling         numeric(15,2)  not null,
    fund_id                bigint         not null,
    eligible_countries     varchar(1000)  not null,
    clarification_deadline timestamp with time zone not null,
    submission_deadline    timestamp with time zone not null,
    time_zone              varchar(60)    not null,
    status                 varchar(30)    not null,
    status_reason          varchar(1000),
    created_at             timestamp with time zone not null,
    published_at           timestamp with time zone,
    opened_at              timestamp with time zone,
    version                bigint         not null,
    constraint tender_reference_uk unique (reference),
    constraint tender_fund_fk foreign key (fund_id) references fund (id),
    constraint tender_status_ck check (status in
        ('DRAFT', 'PUBLISHED', 'CLOSED', 'EVALUATION', 'AWARDED', 'UNSUCCESSFUL', 'CANCELLED'))
);
create index tender_status_ix on tender (status, submission_deadline, id);
create index tender_deadline_ix on tender (submission_deadline, id);

create table tender_criterion (
    tender_id bigint       not null,
    position  integer      not null,
    name      varchar(120) not null,
    weight    integer      not null,
    price     boolean      not null,
    constraint tender_criterion_pk primary key (tender_id, position),
    constraint tender_criterion_tender_fk foreign key (tender_id) references tender (id),
    constraint tender_criterion_weight_ck check (weight between 1 and 100)
);

create table clarification (
    id              bigint        not null primary key,
    tender_id       bigint        not null,
    manufacturer_id bigint        not null,
    question        varchar(4000) not null,
    answer          varchar(8000),
    asked_at        timestamp with time zone not null,
    answered_at     timestamp with time zone,
    version         bigint        not null,
    constraint clarification_tender_fk foreign key (tender_id) references tender (id),
    constraint clarification_manufacturer_fk foreign key (manufacturer_id) references manufacturer (id)
);
create index clarification_tender_ix on clarification (tender_id, asked_at, id);
create index clarification_asker_ix on clarification (tender_id, manufacturer_id);

create table proposal (
    id                bigint         not null primary key,
    tender_id         bigint         not null,
    manufacturer_id   bigint         not null,
    status            varchar(30)    not null,
    unit_price        numeric(15,2),
    quantity          integer,
    monthly_capacity  integer,
    lead_time_days    integer,
    technical_data    varchar(20000),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    submitted_version integer        not null,
    version           bigint         not null,
    constraint proposal_bidder_uk unique (tender_id, manufacturer_id),
    constraint proposal_tender_fk foreign key (tender_id) references tender (id),
    constraint proposal_manufacturer_fk foreign key (manufacturer_id) references manufacturer (id),
    constraint proposal_status_ck check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN'))
);
create index proposal_tender_ix on proposal (tender_id, status, id);
create index proposal_manufacturer_ix on proposal (manufacturer_id, updated_at, id);

-- Documents are never deleted: removing one from a proposal detaches it, so every submission
-- that listed it can still be verified.
create table proposal_document (
    id          bigint       not null primary key,
    proposal_id bigint       not null,
    file_name   varchar(200) not null,
    media_type  varchar(60)  not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    uploaded_at timestamp with time zone not null,
    detached    boolean      not null,
    constraint proposal_document_proposal_fk foreign key (proposal_id) references proposal (id)
);
create index proposal_document_proposal_ix on proposal_document (proposal_id, detached, id);

create table proposal_document_content (
    document_id bigint not null primary key,
    content     bytea  not null,
    constraint proposal_document_content_fk foreign key (document_id) references proposal_document (id)
);

-- Each submission is an immutable snapshot with the SHA-256 of its canonical text.
create table proposal_submission (
    id               bigint         not null primary key,
    proposal_id      bigint         not null,
    version_no       integer        not null,
    submitted_at     timestamp with time zone not null,
    submitted_by     varchar(60)    not null,
    unit_price       numeric(15,2)  not null,
    quantity         integer        not null,
    monthly_capacity integer        not null,
    lead_time_days   integer        not null,
    technical_data   varchar(20000) not null,
    canonical        varchar(30000) not null,
    sha256           varchar(64)    not null,
    constraint proposal_submission_uk unique (proposal_id, version_no),
    constraint proposal_submission_proposal_fk foreign key (proposal_id) references proposal (id)
);

create table proposal_submission_document (
    submission_id bigint not null,
    document_id   bigint not null,
    constraint proposal_submission_document_pk primary key (submission_id, document_id),
    constraint proposal_submission_document_submission_fk foreign key (submission_id)
        references proposal_submission (id),
    constraint proposal_submission_document_document_fk foreign key (document_id) references proposal_document (id)
);
