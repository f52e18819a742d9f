-- Idempotency keys (module web). A write sent with an Idempotency-Key header (API) or with a form's one-time
-- token is done once per user and key: the first answer is written here in the same transaction as the write
-- itself, and a retry of the same request gets that answer again instead of a second posting. A key is kept
-- for ishc.idempotency.retention (24 hours by default), then a periodic job removes it.
create table web_idempotency_key (
    user_name varchar(100) not null,
    idem_key varchar(255) not null,
    -- SHA-256 (hex) of the method, the path with its query and the body: the same key with another request is refused
    request_hash varchar(64) not null,
    created_at timestamp not null,
    status integer not null,
    content_type varchar(255),
    location varchar(2000),
    body text,
    constraint web_idempotency_key_pk primary key (user_name, idem_key)
);

create index web_idempotency_key_created_ix on web_idempotency_key (created_at);
