/**
 * Scheduled work (docs/scheduled-work.md): overdue alerts, reminders and the reports pushed to admins, each run once per slot of
 * its schedule even with several instances (a lease per job, the slot remembered in the {@code ScheduleLedger}),
 * and after downtime once for the newest missed slot only.
 */
package com.repairbot.application.schedule;
