/** Core texts as message keys plus arguments, rendered by each front end in its language. */
package io.safesegment.core.i18n;
