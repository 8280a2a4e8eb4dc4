-- What a keyed request asked for, as a SHA-256: a retry must ask for the same, or it is refused.
alter table idempotent_request add column request_sha256 varchar(64);
