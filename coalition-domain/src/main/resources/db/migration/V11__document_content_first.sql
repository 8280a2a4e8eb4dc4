-- Uploads are streamed into their content row first; the document that describes them, with the
-- hash of those bytes, follows in the same transaction. So the document now names its content.
alter table proposal_document_content drop constraint proposal_document_content_fk;
alter table proposal_document add constraint proposal_document_content_fk
    foreign key (id) references proposal_document_content (document_id);
