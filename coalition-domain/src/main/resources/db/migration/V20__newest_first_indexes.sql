-- The newest-first lists (deliveries, orders, tenders, the audit trail) get their indexes in their
-- own order. PostgreSQL reads an index backwards as well, but H2 reads one only forwards: with the
-- ascending indexes it sorted the whole table for every page (1,000,000 deliveries, a temporary
-- result on disk). The queries put the columns that a filter holds equal first in their order,
-- as in these indexes, which is the order H2 needs to read a page straight from the index.
drop index delivery_shipped_ix;
create index delivery_shipped_ix on delivery (shipped_on desc, id desc);
drop index delivery_source_ix;
create index delivery_source_ix on delivery (source, shipped_on desc, id desc);
drop index delivery_donor_ix;
create index delivery_donor_ix on delivery (member_code, shipped_on desc, id desc);

drop index purchase_order_placed_ix;
create index purchase_order_placed_ix on purchase_order (placed_at desc, id desc);
drop index purchase_order_status_ix;
create index purchase_order_status_ix on purchase_order (status, placed_at desc, id desc);
drop index purchase_order_manufacturer_ix;
create index purchase_order_manufacturer_ix on purchase_order (manufacturer_id, placed_at desc, id desc);

drop index tender_deadline_ix;
create index tender_deadline_ix on tender (submission_deadline desc, id desc);
drop index tender_status_ix;
create index tender_status_ix on tender (status, submission_deadline desc, id desc);

drop index audit_event_time_ix;
create index audit_event_time_ix on audit_event (occurred_at desc, id desc);
drop index audit_event_aggregate_ix;
create index audit_event_aggregate_ix on audit_event (aggregate_type, aggregate_id, occurred_at desc, id desc);
create index audit_event_type_time_ix on audit_event (aggregate_type, occurred_at desc, id desc);
