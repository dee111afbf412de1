/**
 * What every feature shares and nothing else: the domain exceptions that the web edge maps to
 * problem+json and page messages, the {@link org.claimdesk.core.Actor} and {@link org.claimdesk.core.Role},
 * and the bounds every input is held to. It imports no feature.
 */
package org.claimdesk.core;
