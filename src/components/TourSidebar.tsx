// The list beside the map in the presentation: what this step designates, in large type.
export interface TourItem { key: string; text: string; detail: string }

export function TourSidebar({ items }: { items: readonly TourItem[] }) {
  return (
    <ol className="tour-items">
      {items.map((item) => (
        <li key={item.key}><strong>{item.text}</strong> <span className="detail">{item.detail}</span></li>
      ))}
    </ol>
  );
}
