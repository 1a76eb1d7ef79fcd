/**
 * Data subject requests (issue 17 item 6, decision 0026): find a person's records across the workspace datasets —
 * masked ones through the keyed deterministic rules of their policy — then access, rectify or erase, each request
 * tracked with its 30-day deadline. The searched value is never stored, logged or audited.
 */
package io.safesegment.core.subject;
