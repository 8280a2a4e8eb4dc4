-- Single sign-on: an account may be bound to the subject its user has at the organisation's
-- identity provider. Several accounts without one are allowed (NULLs are distinct).
alter table user_account add column oidc_subject varchar(255);
alter table user_account add constraint user_account_oidc_subject_uk unique (oidc_subject);
