-- The dashboard's approval turnaround and decisions by kind read a period's approvals and requests:
-- at a million tickets each was a scan of every one (50,000 approvals).
CREATE INDEX ix_decision_approval_decided ON decision_approval (decided_at);
CREATE INDEX ix_decision_request_requested ON decision_request (requested_at);
