/**
 * Recommendations: interaction matrices (CSR over primitive arrays), recommender models, evaluation and previews.
 *
 * <p>Subpackages: {@code data} (matrices, loaders, catalogue), {@code model} (recommenders),
 * {@code eval} (splits and metrics). This package holds the façade used by the CLI and, later, the GUI.
 */
package io.safesegment.core.recommend;
