/** What drivers call to read the audit log back. */
package io.kinrealm.application.audit.port.in;
