// Placeholder until the view is built.
export default function Events() {
  return <section><h1>Events</h1><p>Not built yet.</p></section>;
}
