-- A service-level warning emailed later (within the recipient's working hours) names its clock, so
-- that it is withdrawn instead of sent when the clock has stopped by then (the target met, the
-- ticket resolved).
ALTER TABLE outbound_mail ADD COLUMN sla_clock_id BIGINT;
