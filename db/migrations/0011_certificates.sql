CREATE TABLE `certificates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrollment_id` integer NOT NULL,
	`code` text NOT NULL,
	`recipient_name` text NOT NULL,
	`course_title` text NOT NULL,
	`cohort_title` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`facilitator_names` text NOT NULL,
	`days_completed` integer NOT NULL,
	`issued_at` integer NOT NULL,
	`revoked_at` integer,
	`revoked_by` integer,
	`revoke_reason` text,
	FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`revoked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "certificates_days_range" CHECK("certificates"."days_completed" BETWEEN 1 AND 30)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_enrollment_unique` ON `certificates` (`enrollment_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_code_unique` ON `certificates` (`code`);