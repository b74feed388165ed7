ALTER TABLE `enrollments` ADD `hold_until` integer;--> statement-breakpoint
ALTER TABLE `feedback` ADD `read_at` integer;--> statement-breakpoint
-- Feedback given before the app showed it was already emailed: count it as seen.
UPDATE `feedback` SET `read_at` = `created_at`;--> statement-breakpoint
ALTER TABLE `sign_in_tokens` ADD `enrollment_id` integer REFERENCES enrollments(id) ON DELETE set null;
