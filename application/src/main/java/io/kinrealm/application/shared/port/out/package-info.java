/** What every capability needs from the world: time, fresh ids, and the infrastructure failure type. */
package io.kinrealm.application.shared.port.out;
