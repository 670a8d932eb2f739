-- Queues read the newest active tickets of a team or an assignee first.
CREATE INDEX ix_ticket_team_status_updated ON ticket (team_id, status, updated_at);
CREATE INDEX ix_ticket_assignee_status_updated ON ticket (assignee_id, status, updated_at);
