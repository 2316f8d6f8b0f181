/** The audit trail: who changed what about whom, kept for operators to read back. */
package io.kinrealm.application.audit;
