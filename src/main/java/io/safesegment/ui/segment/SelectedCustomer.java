package io.safesegment.ui.segment;

/**
 * A customer picked with the lasso.
 *
 * @param customerId  id as in the data (pseudonymised when the data was)
 * @param segment     segment name
 * @param keyFeatures the first few features with their values
 */
public record SelectedCustomer(String customerId, String segment, String keyFeatures) {
}
