-- Accounts created before unsubscribe tokens existed get one now; new accounts get theirs at creation.
UPDATE `users` SET `unsubscribe_token` = lower(hex(randomblob(20))) WHERE `unsubscribe_token` IS NULL;
