ALTER TABLE `jobs` ADD `subject_type` text;--> statement-breakpoint
ALTER TABLE `jobs` ADD `subject_id` text;--> statement-breakpoint
CREATE INDEX `jobs_subject_idx` ON `jobs` (`workspace_id`,`subject_id`,`id`);