/**
 * What the application needs from the outside world. Each port has an in-memory implementation and an
 * abstract contract test in this module's test-jar; every adapter runs the same contract tests.
 */
package com.repairbot.application.port.out;
