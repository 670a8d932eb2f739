-- A decision request still waiting for approval when its ticket is resolved is withdrawn, with the
-- resolution as its reason (state WITHDRAWN).
ALTER TABLE decision_request ADD COLUMN withdrawn_reason VARCHAR(4000);
