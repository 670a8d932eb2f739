-- Whether someone with a ticket's page open is writing in its conversation (a reply or a note): the
-- time of the beat that said so, or null.
ALTER TABLE ticket_viewer ADD COLUMN writing_at TIMESTAMP;
