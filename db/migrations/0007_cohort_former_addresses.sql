CREATE TABLE `cohort_slugs` (
	`slug` text PRIMARY KEY NOT NULL,
	`cohort_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade
);
