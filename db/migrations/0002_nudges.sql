ALTER TABLE `email_outbox` ADD `day` integer;--> statement-breakpoint
CREATE INDEX `email_outbox_enrollment_kind_idx` ON `email_outbox` (`enrollment_id`,`kind`,`day`);--> statement-breakpoint
ALTER TABLE `users` ADD `unsubscribe_token` text;--> statement-breakpoint
CREATE UNIQUE INDEX `users_unsubscribe_token_unique` ON `users` (`unsubscribe_token`);