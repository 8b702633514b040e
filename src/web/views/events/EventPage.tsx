// Placeholder until the view is built.
export default function EventPage() {
  return <section><h1>EventPage</h1><p>Not built yet.</p></section>;
}
