/** Where audit entries are kept. */
package io.kinrealm.application.audit.port.out;
