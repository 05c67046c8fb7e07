/**
 * The sector shares of data/bps/provinces-2022.csv, by the world column they fill. Regency and 2010
 * figures have no sector breakdown in the data, so both built worlds take these provincial 2022 shares.
 */
export const PROVINCIAL_SHARE_COLUMNS = [
  ["share_agriculture", "share_agriculture_2022"],
  ["share_mining", "share_mining_2022"],
  ["share_manufacturing", "share_manufacturing_2022"],
  ["share_trade", "share_trade_2022"],
  ["share_accommodation", "share_accommodation_food_2022"],
] as const;
