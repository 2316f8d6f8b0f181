/** Tests of the REST adapter against a real server on a free port, over a real core with in-memory adapters. */
package io.kinrealm.adapters.web;
