-- Events about a proposal are sealed until its tender is opened: the trail shows nobody who is
-- bidding, what they changed or attached, before the deadline has passed and the proposals are opened.
alter table audit_event add column sealed_tender_id bigint;

update audit_event set sealed_tender_id =
    (select p.tender_id from proposal p where cast(p.id as varchar(60)) = audit_event.aggregate_id)
 where aggregate_type = 'Proposal';

create index audit_event_sealed_ix on audit_event (sealed_tender_id);
