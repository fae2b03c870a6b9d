/**
 * The attribution chain a claim logged from an entry starts with: how the words reached the desk.
 * A forwarded post (a Telegram message forwarded from another channel) starts with whom it came
 * from, then who passed it on; any other post, with the outlet that reported it.
 */
export function attributionOf(entry: { forwardedFrom: string | null; source: { title: string; outlet: { name: string } | null } }) {
  const by = entry.source.outlet?.name ?? entry.source.title;
  return entry.forwardedFrom ? [{ how: "published", by: entry.forwardedFrom }, { how: "forwarded", by }] : [{ how: "reported", by }];
}
