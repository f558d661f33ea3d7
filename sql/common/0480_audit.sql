-- The audit trail (Ley 1581 de 2012: who saw what). Who signed in or failed to, who downloaded or printed which
-- dependency's detail or which report, who changed accounts or ran loads. Account names, actions and what was asked
-- for only, never a petitioner's data. Purged after Indicadores:Auditoria:RetencionDias days.
CREATE SEQUENCE seq_audit START 1;
CREATE TABLE audit (
    audit_id BIGINT PRIMARY KEY DEFAULT nextval('seq_audit'),
    occurred_at TIMESTAMP NOT NULL,            -- UTC
    user_name VARCHAR NOT NULL,                -- the account, or who ran a command («línea de órdenes», «programador»)
    action VARCHAR NOT NULL,                   -- AuditTrail.Actions
    detail VARCHAR NOT NULL,                   -- what: the page and filters of a download, the account changed, the source loaded
    address VARCHAR                            -- the visitor's address, for what came over HTTP
);
CREATE INDEX audit_occurred_at_idx ON audit (occurred_at);
