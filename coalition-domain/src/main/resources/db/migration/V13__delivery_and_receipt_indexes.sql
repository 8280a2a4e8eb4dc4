-- The deliveries list filters by source and by donor, each newest shipment first.
create index delivery_source_ix on delivery (source, shipped_on, id);
create index delivery_donor_ix on delivery (member_code, shipped_on, id);

-- A pledge's page lists its receipts and their corrections.
create index ledger_entry_contribution_ix on ledger_entry (contribution_id, recorded_at, id);
