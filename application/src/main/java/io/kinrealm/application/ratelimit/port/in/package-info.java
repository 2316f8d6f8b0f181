/** What drivers call to admit or refuse a client's request. */
package io.kinrealm.application.ratelimit.port.in;
