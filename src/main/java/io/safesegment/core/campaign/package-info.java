/**
 * Campaigns and experiments (issue 20, decision record 0029): campaign design with a seeded split and a sample-size
 * calculator ({@code design}), experiment statistics ({@code stats}), frequently-bought-together rules
 * ({@code rules}), odd transactions ({@code anomaly}) and offer policies that learn, evaluated offline
 * ({@code offers}). Front ends call {@link io.safesegment.core.campaign.CampaignService} only.
 */
package io.safesegment.core.campaign;
